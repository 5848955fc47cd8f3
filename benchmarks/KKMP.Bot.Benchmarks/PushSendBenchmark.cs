using System.Collections.Concurrent;
using System.Diagnostics;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// Sending queued pushes through the real host and the real Telegram.Bot client to the fake Bot API, which
/// takes 50 ms per sendMessage (a round trip from Indonesia): 200 users with 2 notices each. The rate should
/// sit at the broadcast pace (Telegram:BroadcastPerSecond, 25/s), never above Telegram's ~30/s in any second,
/// and each user's two notices must arrive in order.
/// </summary>
public sealed class PushSendBenchmark : IBenchmark
{
    private const int Users = 200;
    private const int NoticesEach = 2;

    public string Name => "push-send";
    public string Description => "deliver 400 queued pushes (200 users × 2) against a fake Bot API with 50 ms round trips";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.SendLatency = TimeSpan.FromMilliseconds(50);
        var sent = new ConcurrentQueue<(long Chat, string Text, long At)>();
        api.OnCall = c => { if (c is { Method: "sendMessage", Succeeded: true }) sent.Enqueue((c.ChatId ?? 0, c.Parameters["text"]?.ToString() ?? "", Stopwatch.GetTimestamp())); };
        var data = Directory.CreateTempSubdirectory("kkmp-bench-push-send-");
        var app = await StartHostAsync(api.BaseUrl, Path.Combine(data.FullName, "kkmp.db"));
        try
        {
            var db = app.Services.GetRequiredService<LedgerDb>();
            var notices = app.Services.GetRequiredService<Notices>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            var origin = new WriteOrigin("bench", "bench", "push", "bench", "queue-all", "");
            db.Write(origin, () =>
            {
                for (var n = 1; n <= NoticesEach; n++)
                    for (var u = 0; u < Users; u++) notices.Queue($"{ChannelNames.Telegram}:{10_000 + u}", $"pesan {n}");
                return WriteResult.Recorded("queued");
            });
            var total = Users * NoticesEach;
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (sent.Count < total && DateTime.UtcNow < deadline) await Task.Delay(100, cancellationToken);
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;

            var times = sent.Select(s => Stopwatch.GetElapsedTime(start, s.At).TotalSeconds).Order().ToList();
            var seconds = times.Count > 0 ? times[^1] : double.NaN;
            var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(x => x < t + 1).Count()).DefaultIfEmpty(0).Max();
            var outOfOrder = sent.GroupBy(s => s.Chat).Count(g => !g.Select(s => s.Text).SequenceEqual(g.Select(s => s.Text).Order(StringComparer.Ordinal)));
            Console.WriteLine($"sent {sent.Count} of {total} in {seconds:F1} s: {sent.Count / seconds:F1}/s (pace 25/s); busiest second {busiest} sends (Telegram ~30/s); " +
                              $"{outOfOrder} users out of order; CPU {cpuMs:F0} ms");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try { data.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<WebApplication> StartHostAsync(string apiBaseUrl, string ledgerPath)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Ledger:Path"] = ledgerPath,
            ["Telegram:BotToken"] = "999999:BENCH",
            ["Telegram:ApiBaseUrl"] = apiBaseUrl,
        });
        builder.AddDefaults();
        builder.AddLedger();
        builder.AddConversation();
        builder.AddTelegram();
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
