using System.Net;
using System.Net.Http.Headers;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Channels.WebChat;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Tests.Hosting;

public class SecretsAndLimitsTests
{
    [Fact]
    public void A_generated_webhook_secret_is_logged_only_as_a_fingerprint()
    {
        var printed = new PrintedLogs();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(printed));

        var secret = new WebhookSecret(Options.Create(new TelegramOptions()), factory.CreateLogger<WebhookSecret>());

        var logged = string.Join('\n', printed.Entries.Select(e => e.Text));
        Assert.DoesNotContain(secret.Value, logged);
        Assert.DoesNotContain(secret.Value[..12], logged);
        Assert.Contains(WebhookSecret.Fingerprint(secret.Value), logged);
        Assert.Contains("Telegram:SecretToken", logged);
        Assert.NotEqual(WebhookSecret.Fingerprint(secret.Value), WebhookSecret.Fingerprint(secret.Value + "x"));
    }

    [Fact]
    public async Task Starting_conversations_with_the_secret_is_rate_limited_like_minting()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:Secret"] = "rahasia-uji", ["DirectLine:TokenMintsPerMinute"] = "3" });
        using var client = app.CreateNetworkClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "rahasia-uji");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsync("/v3/directline/conversations", null)).StatusCode);

        Assert.All(statuses.Take(3), s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Created, s.ToString()));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Theory]
    [InlineData("bot.koperasi.example", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("rebind.attacker.example", HttpStatusCode.BadRequest)]
    public async Task With_a_public_url_only_its_host_and_this_machine_are_served(string host, HttpStatusCode expected)
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["Telegram:WebhookUrl"] = "https://bot.koperasi.example/telegram/webhook" });
        using var client = app.CreateNetworkClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void Web_chat_memory_defaults_stay_under_512_MB_at_5_7_kB_per_stored_activity()
    {
        var defaults = new DirectLineOptions();

        var worstCase = (long)defaults.MaxConversations * defaults.MaxActivitiesPerConversation * 5_700;

        Assert.True(worstCase < 512L * 1024 * 1024, $"{worstCase / 1024 / 1024} MiB");
    }
}
