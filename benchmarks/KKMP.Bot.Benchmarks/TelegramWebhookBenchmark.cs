using System.Diagnostics;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// Webhook throughput and latency for a stream of /jual updates: a load generator POSTs updates to
/// the real host over loopback (one sender per manager chat, so each chat's order is kept), the real
/// router records each sale in LiteDB, and the reply goes out through the real Telegram.Bot client to
/// the fake Bot API server, where its arrival ends the update's end-to-end time. Everything (load
/// generator, host, fake) shares this machine's CPUs.
/// </summary>
public sealed class TelegramWebhookBenchmark : IBenchmark
{
    private const int Managers = 64;
    private const int ManyChats = 1_500;
    internal const string Secret = "bench-secret";

    public string Name => "telegram";

    public string Description => "webhook /jual updates: max throughput, latency (p50/p99) at 1,500/s and 300/s offered, read path, router alone";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.Record = false;
        var data = Directory.CreateTempSubdirectory("kkmp-bench-telegram-");
        var app = await StartHostAsync(api.BaseUrl, Path.Combine(data.FullName, "kkmp.db"));
        try
        {
            var run = new TelegramLoadGenerator(app.Urls.First(), api, Managers);
            await run.SetUpManagersAsync();
            await run.BurstAsync(total: 2_000, concurrency: Managers); // warm-up (JIT, pools, LiteDB pages)

            var burst = await run.BurstAsync(total: 20_000, concurrency: Managers);
            Console.WriteLine($"max throughput:  {burst.Rate,8:F0} updates/s ({burst.Count} sales, {burst.Seconds:F2} s, {Managers} chats, {Environment.ProcessorCount} cores)");
            Console.WriteLine($"  webhook 200:   {Stats.Summary(burst.Acks)}");
            Console.WriteLine($"  end to end:    {Stats.Summary(burst.EndToEnd)} (queued behind the burst)");
            Console.WriteLine($"  {burst.Cpu}");

            foreach (var rate in new[] { 1_500, 300 })
            {
                var paced = await run.PacedAsync(ratePerSecond: rate, seconds: 10);
                Console.WriteLine($"paced {rate,5}/s:   {paced.Rate,8:F0} updates/s achieved ({paced.Count} sales, {paced.Seconds:F2} s)");
                Console.WriteLine($"  webhook 200:   {Stats.Summary(paced.Acks)}");
                Console.WriteLine($"  end to end:    {Stats.Summary(paced.EndToEnd)}");
            }
            Console.WriteLine($"  sales recorded: {run.Recorded} of {run.Sent} sent; {Stats.ManagedMemory()}");

            // The same pipeline with a read-only command: separates the channel's cost from the ledger's write cost.
            var reads = await run.BurstAsync(total: 20_000, concurrency: Managers, text: "/harga beras");
            Console.WriteLine($"read path (/harga beras) max: {reads.Rate,8:F0} updates/s; webhook 200 {Stats.Summary(reads.Acks)}");
            Console.WriteLine($"  {reads.Cpu}");

            // Real Telegram is 50–200 ms away. A chat's replies leave one after another (its order is kept), so
            // 64 chats can take at most 64 ÷ 50 ms = 1,280 replies/s whatever the host does; Telegram also asks
            // bots to send at most about one message a second per chat. So the far case spreads the same rate
            // over 1,500 chats (one update a second each), where the host's own pipeline is what limits.
            api.SendLatency = TimeSpan.FromMilliseconds(50);
            var far = await run.PacedAsync(ratePerSecond: 1_500, seconds: 6);
            Console.WriteLine($"paced 1500/s, 50 ms Bot API round trip, {Managers} chats: {far.Rate,6:F0} updates/s achieved; end to end {Stats.Summary(far.EndToEnd)}");
            api.SendLatency = TimeSpan.Zero;
            var many = new TelegramLoadGenerator(app.Urls.First(), api, managers: ManyChats, firstManager: Managers);
            await many.SetUpManagersAsync();
            api.SendLatency = TimeSpan.FromMilliseconds(50);
            var spread = await many.PacedAsync(ratePerSecond: 1_500, seconds: 6);
            Console.WriteLine($"paced 1500/s, 50 ms Bot API round trip, {ManyChats} chats: {spread.Rate,6:F0} updates/s achieved; end to end {Stats.Summary(spread.EndToEnd)}");
            api.SendLatency = TimeSpan.Zero;

            // The router alone (no Telegram, no HTTP) on the same sales: the ledger's own ceiling for this stream.
            var router = app.Services.GetRequiredService<IConversationRouter>();
            var direct = await DirectSalesAsync(router, total: 5_000);
            Console.WriteLine($"router alone /jual (no Telegram): {direct}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try { data.Delete(recursive: true); } catch (IOException) { /* LiteDB still closing: temp cleanup will take it */ }
        }
    }

    private static async Task<string> DirectSalesAsync(IConversationRouter router, int total)
    {
        var next = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Managers).Select(chat => Task.Run(async () =>
        {
            var user = TelegramLoadGenerator.ManagerId(chat).ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (Interlocked.Increment(ref next) <= total)
                await router.HandleAsync(new IncomingMessage
                {
                    Channel = ChannelNames.Telegram, ChatId = user, UserId = user,
                    Text = "/jual beras 1 kg", MessageId = $"direct:{Guid.NewGuid():N}",
                });
        })));
        var rate = total / Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / total;
        return $"{rate:F0} sales/s, CPU {cpu:F3} ms/sale";
    }

    /// <summary>The host as Program.cs builds it (the channels the benchmark does not need left out), on a free loopback port.</summary>
    private static async Task<WebApplication> StartHostAsync(string apiBaseUrl, string ledgerPath)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Ledger:Path"] = ledgerPath,
            ["Bot:AdminUserIds:0"] = "telegram:1",
            ["Telegram:BotToken"] = "999999:BENCH",
            ["Telegram:ApiBaseUrl"] = apiBaseUrl,
            ["Telegram:WebhookUrl"] = "https://bench.example/telegram/webhook",
            ["Telegram:SecretToken"] = Secret,
        });
        builder.AddDefaults();
        builder.AddLedger();
        builder.AddConversation();
        builder.AddTelegram();
        var app = builder.Build();
        app.MapTelegramWebhook();
        await app.StartAsync();
        return app;
    }

    /// <param name="CpuMilliseconds">Process CPU time per update (host, load generator and fake together): unlike a rate, it barely depends on what else runs on the machine.</param>
}
