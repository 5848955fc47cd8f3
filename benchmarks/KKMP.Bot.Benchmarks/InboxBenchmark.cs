using System.Diagnostics;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// The durable inbox on its own (a ledger file on disk): the wait a webhook call adds before its 200
/// when stores come one at a time, and the rate when many arrive together (group commit), store and
/// remove included as the Telegram channel does them.
/// </summary>
public sealed class InboxBenchmark : IBenchmark
{
    public string Name => "inbox";

    public string Description => "durable intake: store latency one at a time, store+remove rate with 64 concurrent callers";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("kkmp-bench-inbox-");
        try
        {
            using var ledger = LedgerDb.Open(Path.Combine(data.FullName, "kkmp.db"));
            using var inbox = new Inbox(ledger, TimeProvider.System);
            var payload = new string('x', 400); // about the size of a text update's JSON
            var next = 0L;

            var alone = new List<double>();
            for (var i = 0; i < 2_000; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await inbox.StoreAsync("bench", ++next, payload);
                alone.Add(Stats.ElapsedMilliseconds(started));
                await inbox.RemoveAsync("bench", next);
            }
            Console.WriteLine($"store, one caller:      {Stats.Summary(alone)}");

            const int total = 40_000;
            var begun = Stopwatch.GetTimestamp();
            var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
            await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
            {
                long id;
                while ((id = Interlocked.Increment(ref next)) <= total + 2_000)
                {
                    var started = Stopwatch.GetTimestamp();
                    await inbox.StoreAsync("bench", id, payload);
                    latencies.Add(Stats.ElapsedMilliseconds(started));
                    await inbox.RemoveAsync("bench", id);
                }
            })));
            var seconds = Stopwatch.GetElapsedTime(begun).TotalSeconds;
            Console.WriteLine($"store+remove, 64 callers: {total / seconds,8:F0} updates/s; store {Stats.Summary([.. latencies])}; left {inbox.Count("bench")}");
        }
        finally
        {
            try { data.Delete(recursive: true); } catch (IOException) { /* temp cleanup takes it */ }
        }
    }
}
