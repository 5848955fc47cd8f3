using KKMP.Bot.Tests.Fakes.TelegramBotApi;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>Bot API errors on the way out: honoured, logged, never fatal, never undoing the update's effect.</summary>
public class OutboundErrorTests
{
    private const long Member = 3003, Blocker = 5005, Manager = 2002;

    [Fact]
    public async Task A_429_is_retried_after_retry_after_seconds()
    {
        await using var bot = await TelegramHarness.StartAsync(arrange: api =>
            api.Fail("sendMessage", new FakeFault(429, "Too Many Requests: retry after 1", RetryAfter: 1)));

        var answer = await bot.SayAsync(Member, "harga beras?");

        var attempts = bot.Api.CallsOf("sendMessage").Where(c => c.ChatId == Member).ToList();
        Assert.Contains("Rp12.500/kg", answer);
        Assert.Equal([429, 200], attempts.Select(a => a.StatusCode));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {attempts[1].At - attempts[0].At}");
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var bot = await TelegramHarness.StartAsync(arrange: api =>
            api.Fail("sendMessage", new FakeFault(0, "connection reset", Disconnect: true)));

        var answer = await bot.SayAsync(Member, "harga gula?");

        Assert.Contains("Rp17.500/kg", answer);
        Assert.Equal(2, bot.Api.CallsOf("sendMessage").Count(c => c.ChatId == Member));
    }

    [Fact]
    public async Task A_403_from_a_user_who_blocked_the_bot_is_not_retried_and_the_bot_keeps_serving()
    {
        await using var bot = await TelegramHarness.StartAsync(arrange: api =>
            api.Fail("sendMessage", new FakeFault(403, "Forbidden: bot was blocked by the user", ChatId: Blocker)));

        bot.Api.EnqueueUpdate(bot.Updates.Text(Blocker, "harga beras?"));
        var forOthers = await bot.SayAsync(Member, "harga gula?");
        var afterUnblock = await bot.SayAsync(Blocker, "harga telur?");

        Assert.Contains("Rp17.500/kg", forOthers);
        Assert.Contains("Rp28.000/kg", afterUnblock);
        Assert.Equal([403, 200], bot.Api.CallsOf("sendMessage").Where(c => c.ChatId == Blocker).Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_sale_whose_reply_cannot_be_delivered_is_still_recorded_once()
    {
        await using var bot = await TelegramHarness.StartAsync(extra: new Dictionary<string, string?> { ["Telegram:SendRetries"] = "2" });
        await bot.MakeManagerAsync(Manager);
        bot.Api.Fail("sendMessage", new FakeFault(500, "Internal Server Error"), times: 3); // the first try and both retries

        bot.Api.EnqueueUpdate(bot.Updates.Text(Manager, "/jual beras 3 kg"));
        await bot.Api.WaitForAsync(c => c.Count(x => x.Method == "sendMessage" && x.StatusCode == 500) == 3, what: "the retries to give up");
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Matches(@"Beras\D*97 kg", stock);
    }
}
