using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Push;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using KKMP.Bot.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Push;

/// <summary>
/// The real host with pushes on, a fake clock, and the real Telegram.Bot client against the fake Bot API.
/// Cooperatives: the demo (WIB, items), "kkmp-jawa" (WIB) and "kkmp-bali" (WITA), none with movements.
/// </summary>
public sealed class PushHarness : IAsyncDisposable
{
    /// <summary>Tuesday 1 December 2026, 08:00 UTC: 15.00 WIB, 16.00 WITA.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private PushHarness(TelegramHarness telegram, FakeTimeProvider clock)
    {
        Telegram = telegram;
        Clock = clock;
    }

    public TelegramHarness Telegram { get; }
    public FakeTimeProvider Clock { get; }
    public FakeBotApiServer Api => Telegram.Api;
    public IServiceProvider Services => Telegram.Services;

    public static async Task<PushHarness> StartAsync(DateTimeOffset? at = null, string? ledgerPath = null, string? redis = null, FakeBotApiServer? api = null)
    {
        var clock = new FakeTimeProvider(at ?? Start);
        var settings = new Dictionary<string, string?>
        {
            ["Push:Enabled"] = "true",
            ["Cooperatives:0:Id"] = "kkmp-jawa", ["Cooperatives:0:Name"] = "KKMP Jawa", ["Cooperatives:0:TimeZone"] = "Asia/Jakarta",
            ["Cooperatives:1:Id"] = "kkmp-bali", ["Cooperatives:1:Name"] = "KKMP Bali", ["Cooperatives:1:TimeZone"] = "Asia/Makassar",
        };
        if (ledgerPath is not null) settings["Ledger:Path"] = ledgerPath;
        if (redis is not null) settings["ConnectionStrings:Redis"] = redis;
        var telegram = await TelegramHarness.StartAsync(extra: settings, api: api,
            services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var harness = new PushHarness(telegram, clock);
        await harness.WaitForRunAsync(clock.GetUtcNow());
        return harness;
    }

    public void Assign(long userId, string koperasiId, Role role) =>
        Services.GetRequiredService<UserDirectory>().Assign(ChannelNames.Telegram, userId.ToString(), koperasiId, role);

    /// <summary>Moves the fake clock and waits until the scheduler has run at that instant.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await WaitForRunAsync(at);
    }

    private async Task WaitForRunAsync(DateTimeOffset at)
    {
        var scheduler = Services.GetRequiredService<PushScheduler>();
        var deadline = DateTime.UtcNow + FakeBotApiServer.DefaultWait;
        while (scheduler.LastRun < at)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The scheduler did not run at {at:O} (last run {scheduler.LastRun:O}).");
            await Task.Delay(10); // polls the scheduler's progress, not a clock: the fake clock only moves when told
        }
        if (scheduler.LastFailure is { } failure) throw new InvalidOperationException($"The push run at {at:O} failed.", failure);
    }

    /// <summary>Notices queued for a user (delivered or not): what the scheduler and the alerts decided, read from the ledger.</summary>
    public IReadOnlyList<NoticeDoc> NoticesFor(long userId)
    {
        var id = userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Services.GetRequiredService<LedgerDb>().Notices.Find(n => n.Channel == ChannelNames.Telegram && n.UserId == id).ToList();
    }

    /// <summary>Messages the fake Bot API received for a chat that the bot sent first (they start with the 🔔 time stamp).</summary>
    public IReadOnlyList<RecordedCall> PushesTo(long chatId) =>
        [.. Api.CallsOf("sendMessage").Where(c => c.Succeeded && c.ChatId == chatId && c.Text?.StartsWith("🔔") == true)];

    public Task WaitForPushesAsync(long chatId, int count) =>
        Api.WaitForAsync(calls => calls.Count(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == chatId && c.Text?.StartsWith("🔔") == true) >= count,
            what: $"{count} push(es) to {chatId}");

    public ValueTask DisposeAsync() => Telegram.DisposeAsync();
}
