using KKMP.Bot.Channels.WebChat;
using KKMP.Bot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>
/// Token expiry follows the host's clock only. A clock years behind the wall clock makes any
/// wall-time reading visible at once: the token would already look expired to a cache on the system clock.
/// </summary>
public class DirectLineTokenClockTests
{
    private static readonly DateTimeOffset LongAgo = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_lives_exactly_its_lifetime_on_the_hosts_clock_whatever_the_wall_clock_says()
    {
        var time = new FakeTimeProvider(LongAgo);
        using var tokens = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenLifetime = TimeSpan.FromSeconds(10) }), time);
        var token = tokens.Issue("conv-1", "user-1");

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal("conv-1", tokens.Find(token)?.ConversationId);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(tokens.Find(token));
    }

    [Fact]
    public void A_stream_token_is_redeemable_once_within_its_lifetime_on_the_hosts_clock()
    {
        var time = new FakeTimeProvider(LongAgo);
        using var tokens = new DirectLineTokens(Options.Create(new DirectLineOptions { StreamTokenLifetime = TimeSpan.FromSeconds(60) }), time);
        var first = tokens.IssueStream("conv-1", 3);
        var late = tokens.IssueStream("conv-1", 3);

        Assert.Equal(3, tokens.RedeemStream(first)?.Watermark);
        Assert.Null(tokens.RedeemStream(first));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(tokens.RedeemStream(late));
    }
}
