using KKMP.Bot.Channels.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Tests.Telegram;

public class WebhookSecretTests
{
    [Fact]
    public void Configured_secret_matches_only_itself()
    {
        var secret = new WebhookSecret(Options.Create(new TelegramOptions { SecretToken = "abc_DEF-123" }), NullLogger<WebhookSecret>.Instance);

        Assert.True(secret.Matches("abc_DEF-123"));
        Assert.False(secret.Matches("abc_DEF-12"));
        Assert.False(secret.Matches("abc_DEF-1234"));
        Assert.False(secret.Matches("ABC_DEF-123"));
    }

    [Fact]
    public void Missing_secret_is_generated_in_telegrams_alphabet_and_differs_per_process()
    {
        var first = new WebhookSecret(Options.Create(new TelegramOptions()), NullLogger<WebhookSecret>.Instance);
        var second = new WebhookSecret(Options.Create(new TelegramOptions()), NullLogger<WebhookSecret>.Instance);

        Assert.Matches("^[A-Za-z0-9_-]{32,256}$", first.Value);
        Assert.NotEqual(first.Value, second.Value);
        Assert.True(first.Matches(first.Value));
    }
}
