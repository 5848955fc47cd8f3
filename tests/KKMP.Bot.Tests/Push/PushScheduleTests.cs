using KKMP.Bot.Conversation;
using KKMP.Bot.Push;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Push;

/// <summary>The bot speaking first, through the real host, a fake clock and the real Telegram.Bot client against the fake Bot API.</summary>
public sealed class PushScheduleTests
{
    private const long JavaManager = 2001, BaliManager = 2002, DemoManager = 2003, DemoBoard = 2004, JavaBoard = 2005;
    /// <summary>An instant on Tuesday 1 December 2026 (UTC), or <paramref name="day"/> days later.</summary>
    private static DateTimeOffset Utc(int hour, int minute = 0, int day = 0) => new DateTimeOffset(2026, 12, 1, hour, minute, 0, TimeSpan.Zero).AddDays(day);

    [Fact]
    public async Task Posting_reminder_fires_once_at_17_local_only_where_nothing_was_posted_and_WITA_an_hour_before_WIB()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
        push.Assign(BaliManager, "kkmp-bali", Role.Pengelola);
        push.Assign(DemoManager, "demo", Role.Pengelola);
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(DemoManager, "/jual gula 1 kg"));

        await push.AdvanceToAsync(Utc(8, 59)); // 16.59 WITA
        Assert.Empty(push.NoticesFor(BaliManager));

        await push.AdvanceToAsync(Utc(9)); // 17.00 WITA, 16.00 WIB
        await push.WaitForPushesAsync(BaliManager, 1);
        Assert.Empty(push.NoticesFor(JavaManager));

        await push.AdvanceToAsync(Utc(9, 59));
        Assert.Empty(push.NoticesFor(JavaManager));
        await push.AdvanceToAsync(Utc(10)); // 17.00 WIB
        await push.WaitForPushesAsync(JavaManager, 1);

        await push.AdvanceToAsync(Utc(12)); // later in the evening: planned again, claimed already
        Assert.Single(push.NoticesFor(JavaManager));
        Assert.Single(push.NoticesFor(BaliManager));
        Assert.Empty(push.NoticesFor(DemoManager)); // the demo cooperative recorded a sale today
        var text = Assert.Single(push.PushesTo(JavaManager)).Text!;
        Assert.StartsWith("🔔 17.00 WIB", text);
        Assert.Contains("/jual", text);
        Assert.Contains("/stok", text);
        Assert.StartsWith("🔔 17.00 WITA", Assert.Single(push.PushesTo(BaliManager)).Text);

        await push.AdvanceToAsync(Utc(10, day: 1)); // the next day is a new day
        await push.WaitForPushesAsync(JavaManager, 2);
    }

    [Fact]
    public async Task A_restart_across_the_send_time_neither_repeats_nor_skips_the_reminder()
    {
        var folder = Directory.CreateTempSubdirectory("kkmp-push-restart-").FullName;
        var ledger = Path.Combine(folder, "kkmp.db");
        await using var api = await FakeBotApiServer.StartAsync();
        try
        {
            await using (var before = await PushHarness.StartAsync(Utc(9, 59), ledger, api: api))
            {
                before.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
                Assert.Empty(before.NoticesFor(JavaManager));
            }
            await using (var after = await PushHarness.StartAsync(Utc(10).AddSeconds(30), ledger, api: api)) // down at 17.00 WIB
            {
                await after.WaitForPushesAsync(JavaManager, 1); // not skipped
                await after.AdvanceToAsync(Utc(10, 5));
                Assert.Single(after.NoticesFor(JavaManager));
            }
            await using (var again = await PushHarness.StartAsync(Utc(10, 10), ledger, api: api))
            {
                Assert.Single(again.NoticesFor(JavaManager)); // not repeated
                Assert.Single(again.PushesTo(JavaManager));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Low_stock_alert_fires_once_per_crossing_to_the_board_not_the_author()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(DemoManager, "demo", Role.Pengelola);
        push.Assign(DemoBoard, "demo", Role.Pengurus);

        await push.Telegram.SayAsync(DemoManager, "/jual gula 45 kg"); // 50 → 5 kg, minimum 10 kg
        await push.WaitForPushesAsync(DemoBoard, 1);
        Assert.Contains("Gula Pasir tinggal 5 kg, di bawah batas 10 kg", push.PushesTo(DemoBoard)[0].Text);

        await push.Telegram.SayAsync(DemoManager, "/jual gula 1 kg"); // still below: no second alert
        Assert.Single(push.NoticesFor(DemoBoard));

        await push.Telegram.SayAsync(DemoManager, "/stok gula 50 kg"); // back above (a big change asks first)
        Assert.Contains("Tercatat", await push.Telegram.SayAsync(DemoManager, "YA"));
        await push.Telegram.SayAsync(DemoManager, "/jual gula 41 kg"); // crosses again
        await push.WaitForPushesAsync(DemoBoard, 2);
        Assert.Equal(2, push.NoticesFor(DemoBoard).Count);
        Assert.Empty(push.NoticesFor(DemoManager));
    }

    [Fact]
    public async Task Opt_out_is_honoured_and_turning_back_on_restores_the_reminder()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);

        Assert.Contains("dimatikan", await push.Telegram.SayAsync(JavaManager, "/pengingat mati catat"));
        Assert.Contains("catat: pengingat mencatat (jika hari ini belum ada catatan) — mati", await push.Telegram.SayAsync(JavaManager, "/pengingat"));
        await push.AdvanceToAsync(Utc(10));
        Assert.Empty(push.NoticesFor(JavaManager));

        Assert.Contains("dihidupkan", await push.Telegram.SayAsync(JavaManager, "/pengingat hidup semua"));
        await push.AdvanceToAsync(Utc(10, day: 1));
        await push.WaitForPushesAsync(JavaManager, 1);
    }

    [Fact]
    public async Task The_reminder_time_is_set_per_cooperative_by_its_board()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
        push.Assign(DemoBoard, "kkmp-jawa", Role.Pengurus);

        Assert.Contains("hanya untuk pengurus", await push.Telegram.SayAsync(JavaManager, "/pengingat jam 18:00"));
        Assert.Contains("Tulis jamnya", await push.Telegram.SayAsync(DemoBoard, "/pengingat jam 25:00"));
        Assert.Contains("18.00", await push.Telegram.SayAsync(DemoBoard, "/pengingat jam 18:00"));

        await push.AdvanceToAsync(Utc(10)); // 17.00 WIB
        Assert.Empty(push.NoticesFor(JavaManager));
        await push.AdvanceToAsync(Utc(11)); // 18.00 WIB
        await push.WaitForPushesAsync(JavaManager, 1);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_skipped_until_they_write_again()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
        push.Api.Fail("sendMessage", new FakeFault(403, "Forbidden: bot was blocked by the user", ChatId: JavaManager));
        var preferences = push.Services.GetRequiredService<PushPreferences>();

        await push.AdvanceToAsync(Utc(10));
        await push.Api.WaitForAsync(c => c.Any(x => x is { Method: "sendMessage", StatusCode: 403 }), what: "the 403");
        await WaitUntilAsync(() => preferences.IsUnreachable($"telegram:{JavaManager}"));

        await push.AdvanceToAsync(Utc(10, day: 1));
        Assert.Single(push.NoticesFor(JavaManager)); // the next day's reminder was not even planned

        await push.Telegram.SayAsync(JavaManager, "/pengingat"); // writes again: reachable
        await push.AdvanceToAsync(Utc(10, day: 2));
        await push.WaitForPushesAsync(JavaManager, 1);
    }

    [Fact]
    public async Task Two_hosts_on_one_Redis_send_the_reminder_once()
    {
        using var redis = await RedisServer.StartAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var first = await PushHarness.StartAsync(Utc(9, 59), redis: redis.ConnectionString, api: api);
        await using var second = await PushHarness.StartAsync(Utc(9, 59), redis: redis.ConnectionString, api: api);
        first.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
        second.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);

        await Task.WhenAll(first.AdvanceToAsync(Utc(10)), second.AdvanceToAsync(Utc(10)));
        await Task.WhenAll(first.AdvanceToAsync(Utc(10, 1)), second.AdvanceToAsync(Utc(10, 1)));

        Assert.Equal(1, first.NoticesFor(JavaManager).Count + second.NoticesFor(JavaManager).Count);
        await first.WaitForPushesAsync(JavaManager, 1);
        Assert.Single(first.PushesTo(JavaManager));
    }

    [Fact]
    public async Task The_dry_run_lists_each_send_once_in_order_and_claims_nothing()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
        push.Assign(BaliManager, "kkmp-bali", Role.Pengelola);

        var planned = ScheduleDryRun.Walk(push.Services.GetRequiredService<PushPlanner>(), Utc(8), Utc(10, 30));

        Assert.Equal([$"telegram:{BaliManager}", $"telegram:{JavaManager}"], planned.Select(p => p.UserKey));
        Assert.All(planned, p => Assert.Equal(PushKind.Posting, p.Kind));
        Assert.Empty(push.NoticesFor(JavaManager));
        Assert.Empty(push.NoticesFor(BaliManager));
    }

    [Fact]
    public async Task The_schedule_runs_at_the_start_of_each_minute_not_a_minute_after_the_host_started()
    {
        await using var push = await PushHarness.StartAsync(Utc(9, 59).AddSeconds(30));
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);

        // 17.00.00 WIB exactly: a timer counting whole minutes from the start (16.59.30) would wait for 17.00.30.
        await push.AdvanceToAsync(Utc(10));
        Assert.Equal(Utc(10), push.Services.GetRequiredService<PushScheduler>().LastRun);
        await push.WaitForPushesAsync(JavaManager, 1);
        Assert.StartsWith("🔔 17.00 WIB", Assert.Single(push.PushesTo(JavaManager)).Text);
    }

    [Fact]
    public async Task The_weekly_summary_gives_the_margin_only_when_every_unit_sold_had_a_known_cost()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(JavaManager, "kkmp-jawa", Role.Pengelola);
        push.Assign(JavaBoard, "kkmp-jawa", Role.Pengurus);
        push.Assign(DemoManager, "demo", Role.Pengelola);
        push.Assign(DemoBoard, "demo", Role.Pengurus);
        foreach (var (who, line) in new[] { (JavaBoard, "/barang tambah kopi kg"), (JavaBoard, "/setharga kopi 20.000"),
                                            (JavaManager, "/masuk kopi 10 kg @15.000"), (JavaManager, "/jual kopi 2 kg") })
            Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(who, line));
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(DemoManager, "/jual gula 1 kg")); // seeded stock: cost never recorded

        await push.AdvanceToAsync(Utc(0, day: 6)); // Monday 7 December, 07.00 WIB
        await push.WaitForPushesAsync(JavaBoard, 1);
        var known = Assert.Single(push.PushesTo(JavaBoard)).Text!;
        Assert.Contains("Penjualan Rp40.000", known);
        Assert.Contains("Laba kotor Rp10.000 (margin 25 %)", known); // 2 kg sold at 20.000 bought at 15.000
        await push.WaitForPushesAsync(DemoBoard, 1);
        var unknown = Assert.Single(push.PushesTo(DemoBoard)).Text!;
        Assert.Contains("Penjualan Rp17.500", unknown);
        Assert.Contains("Margin belum bisa dihitung", unknown);
        Assert.DoesNotContain("Laba kotor", unknown);
    }

    [Fact]
    public async Task Queued_pushes_reach_several_users_and_each_users_arrive_in_the_order_queued()
    {
        await using var push = await PushHarness.StartAsync();
        push.Api.SendLatency = TimeSpan.FromMilliseconds(20); // sends overlap, so order is not kept by accident
        long[] users = [JavaManager, BaliManager, DemoManager];
        var db = push.Services.GetRequiredService<KKMP.Bot.Ledger.LedgerDb>();
        var notices = push.Services.GetRequiredService<KKMP.Bot.Relay.Notices>();
        db.Write(new KKMP.Bot.Ledger.WriteOrigin("demo", "test", "test", "test", "queue-order", ""), () =>
        {
            for (var n = 1; n <= 4; n++)
                foreach (var user in users) notices.Queue($"telegram:{user}", $"🔔 pesan {n}");
            return KKMP.Bot.Ledger.WriteResult.Recorded("queued");
        });

        foreach (var user in users)
        {
            await push.WaitForPushesAsync(user, 4);
            Assert.Equal(["🔔 pesan 1", "🔔 pesan 2", "🔔 pesan 3", "🔔 pesan 4"], push.PushesTo(user).Select(c => c.Text));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + FakeBotApiServer.DefaultWait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met");
            await Task.Delay(10);
        }
    }
}
