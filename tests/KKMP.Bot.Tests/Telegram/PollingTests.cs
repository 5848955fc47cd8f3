using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>Long polling end to end: fake getUpdates → real host and router → sendMessage on the fake.</summary>
public class PollingTests
{
    private const long Member = 3003, Manager = 2002;

    [Fact]
    public async Task Member_asking_a_price_gets_the_cooperatives_price()
    {
        await using var bot = await TelegramHarness.StartAsync();

        var answer = await bot.SayAsync(Member, "harga beras?");

        Assert.Contains("Rp12.500/kg", answer);
        var sent = TelegramHarness.MessagesTo(bot.Api.Calls, Member).Single();
        Assert.Equal("html", sent.Parameters["parse_mode"]?.GetValue<string>(), ignoreCase: true);
        Assert.Null(sent.Parameters["reply_parameters"]); // private chat: no quote needed
    }

    [Fact]
    public async Task Manager_invited_through_telegram_records_a_sale_and_the_stock_follows()
    {
        await using var bot = await TelegramHarness.StartAsync();
        await bot.MakeManagerAsync(Manager);

        var sale = await bot.SayAsync(Manager, "/jual beras 2 kg");
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Contains("Tercatat: jual beras 2 kg", sale);
        Assert.Contains("Sisa stok 98 kg", sale);
        Assert.Matches(@"Beras\D*98 kg", stock);
    }

    [Fact]
    public async Task Member_cannot_record_a_sale()
    {
        await using var bot = await TelegramHarness.StartAsync();

        var refused = await bot.SayAsync(Member, "/jual beras 2 kg");
        var stock = await bot.SayAsync(TelegramHarness.AdminId, "/stok");

        Assert.DoesNotContain("Tercatat", refused);
        Assert.Matches(@"Beras\D*100 kg", stock);
    }

    [Fact]
    public async Task Polling_removes_any_webhook_first_and_never_sets_one()
    {
        await using var bot = await TelegramHarness.StartAsync();
        await bot.SayAsync(Member, "/harga");

        Assert.NotEmpty(bot.Api.CallsOf("deleteWebhook"));
        Assert.Empty(bot.Api.CallsOf("setWebhook"));
        var commands = (await bot.Api.WaitForCallsAsync("setMyCommands")).Single().Parameters["commands"]!.AsArray();
        Assert.Contains(commands, c => c!["command"]!.GetValue<string>() == "jual" && c["description"]!.GetValue<string>().Contains("penjualan"));
    }

    [Fact]
    public async Task A_failing_getUpdates_is_retried_after_a_pause_and_nothing_is_lost()
    {
        await using var bot = await TelegramHarness.StartAsync(arrange: api => api.Fail("getUpdates", new FakeFault(502, "Bad Gateway"), times: 2));

        var answer = await bot.SayAsync(Member, "harga gula?");

        Assert.Contains("Rp17.500/kg", answer);
        Assert.Equal(2, bot.Api.CallsOf("getUpdates").Count(c => c.StatusCode == 502));
    }

    [Fact]
    public async Task A_long_poll_whose_answer_never_comes_is_sent_again_and_nothing_is_lost()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        await using var bot = await TelegramHarness.StartAsync(
            arrange: api => api.Fail("getUpdates", FakeFault.Stalled()),
            services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.Api.WaitForAsync(c => c.Any(x => x is { Method: "getUpdates", StatusCode: 0 }), what: "the unanswered getUpdates");

        clock.Advance(TimeSpan.FromSeconds(2) + PollingService.StallGrace); // the harness polls with a 2 s timeout
        var answer = await bot.SayAsync(Member, "harga gula?");

        Assert.Contains("Rp17.500/kg", answer);
    }
}
