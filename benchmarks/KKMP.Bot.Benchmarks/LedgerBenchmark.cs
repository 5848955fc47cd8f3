using System.Diagnostics;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using LiteDB;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// On-disk LiteDB: raw single-document inserts versus `/jual` commands through the whole router
/// (parse, identity and role check, item match, locked transaction with movement + stock + audit, reply text).
/// The two alternate in rounds so that noise from a shared machine falls on both alike.
/// </summary>
public sealed class LedgerBenchmark : IBenchmark
{
    private const int Rounds = 10;
    private const int PerRound = 500;

    public string Name => "ledger";
    public string Description => "raw LiteDB inserts vs /jual through the router (on disk)";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-bench-").FullName;
        try
        {
            using var raw = new LiteDatabase(new ConnectionString { Filename = Path.Combine(directory, "raw.db"), Connection = ConnectionType.Direct });
            var rawCollection = raw.GetCollection("movements");
            using var host = BuildHost(Path.Combine(directory, "kkmp.db"));
            var router = await PrepareAsync(host, cancellationToken);

            // One unmeasured round of each first, so that neither side is timed while the JIT compiles it.
            Timed([], i => rawCollection.Insert(RawDocument(i)));
            await TimedAsync([], i => SellAsync(router, $"warm-{i}", cancellationToken));

            var rawTimes = new List<double>();
            var routerTimes = new List<double>();
            var (rawSeconds, routerSeconds, rawCpu, routerCpu) = (0.0, 0.0, 0.0, 0.0);
            for (var round = 0; round < Rounds; round++)
            {
                var cpu = ProcessCpuSeconds();
                rawSeconds += Timed(rawTimes, i => rawCollection.Insert(RawDocument(i)));
                rawCpu += ProcessCpuSeconds() - cpu;
                cpu = ProcessCpuSeconds();
                routerSeconds += await TimedAsync(routerTimes, i => SellAsync(router, $"seq-{round}-{i}", cancellationToken));
                routerCpu += ProcessCpuSeconds() - cpu;
            }
            var (rawRate, routerRate) = (rawTimes.Count / rawSeconds, routerTimes.Count / routerSeconds);
            Console.WriteLine($"raw insert      {rawTimes.Count} docs: {rawRate:F0} inserts/s (auto-commit, one document each), {Stats.Summary(rawTimes)}, " +
                              $"process CPU {rawCpu * 1000 / rawTimes.Count:F3} ms/insert");
            Console.WriteLine($"router /jual    {routerTimes.Count} cmds: {routerRate:F0} cmds/s sequential, {Stats.Summary(routerTimes)}, " +
                              $"process CPU {routerCpu * 1000 / routerTimes.Count:F3} ms/cmd");
            Console.WriteLine($"                ratio to raw insert: {routerRate / rawRate:P0} (goal ≥ 50%); CPU per operation: {rawCpu / rawTimes.Count / (routerCpu / routerTimes.Count):P0} of raw's rate");

            var parallelTimes = new List<double>();
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(sender => Task.Run(async () =>
            {
                var mine = new List<double>();
                await TimedAsync(mine, i => SellAsync(router, $"par-{sender}-{i}", cancellationToken));
                lock (parallelTimes) parallelTimes.AddRange(mine);
            }, cancellationToken)));
            Console.WriteLine($"router /jual    {parallelTimes.Count} cmds: {parallelTimes.Count / Stopwatch.GetElapsedTime(start).TotalSeconds:F0} cmds/s " +
                              $"with 4 concurrent senders, {Stats.Summary(parallelTimes)}");

            // The same path with the database in memory: what parsing, matching, checks and texts cost without the disk.
            using var memoryHost = BuildHost(":memory:");
            var memoryRouter = await PrepareAsync(memoryHost, cancellationToken);
            var memoryTimes = new List<double>();
            var memorySeconds = await TimedAsync(memoryTimes, i => SellAsync(memoryRouter, $"mem-{i}", cancellationToken));
            Console.WriteLine($"router /jual    {memoryTimes.Count} cmds: {memoryTimes.Count / memorySeconds:F0} cmds/s with the database in memory, {Stats.Summary(memoryTimes)}");
            Console.WriteLine($"memory          {Stats.ManagedMemory()}");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static double ProcessCpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static double Timed(List<double> times, Action<int> operation)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < PerRound; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            operation(i);
            times.Add(Stats.ElapsedMilliseconds(begin));
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task<double> TimedAsync(List<double> times, Func<int, Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < PerRound; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            await operation(i);
            times.Add(Stats.ElapsedMilliseconds(begin));
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task SellAsync(IConversationRouter router, string messageId, CancellationToken cancellationToken)
    {
        var reply = await router.HandleAsync(Message("/jual beras 0,5 kg", messageId), cancellationToken);
        if (!reply.Text.StartsWith("Tercatat", StringComparison.Ordinal)) throw new InvalidOperationException(reply.Text);
    }

    private static BsonDocument RawDocument(int i) => new()
    {
        ["KoperasiId"] = "demo", ["ItemId"] = 1, ["Kind"] = "Sold", ["Delta"] = -0.5m,
        ["AmountRupiah"] = 6250L, ["AtUtc"] = DateTime.UtcNow, ["UserId"] = "kasir", ["N"] = i,
    };

    private static async Task<IConversationRouter> PrepareAsync(WebApplication host, CancellationToken cancellationToken)
    {
        var router = host.Services.GetRequiredService<IConversationRouter>();
        host.Services.GetRequiredService<UserDirectory>().Assign("bench", "kasir", DemoSeed.KoperasiId, Role.Pengelola);
        await router.HandleAsync(Message("/masuk beras 90.000 kg", "stock-in"), cancellationToken);
        // Above 1.000 kg the bot asks first (a probable typo in a real shop): confirm it.
        var confirmed = await router.HandleAsync(Message("YA", "stock-in-ya"), cancellationToken);
        if (!confirmed.Text.StartsWith("Tercatat", StringComparison.Ordinal)) throw new InvalidOperationException(confirmed.Text);
        // A ledger in use has archived message keys (older than the 48-hour window): every new sale then
        // also asks the archive's Bloom filter, and reads the archive on a "maybe". 200,000 archived keys.
        var db = host.Services.GetRequiredService<LedgerDb>();
        var random = new Random(7);
        var archived = Enumerable.Range(0, 200_000).Select(_ => new KKMP.Bot.Ledger.Documents.ArchivedMessageKeyDoc
            { Hash = random.NextInt64(long.MinValue, long.MaxValue), Ticks = DateTime.UtcNow.AddDays(-30).Ticks }).ToList();
        db.MessageArchive.InsertBulk(archived);
        foreach (var key in archived) db.RecordedMessages.Archived.Add((ulong)key.Hash); // as the checkpoint does
        LedgerCheckpoint.Take(db);
        return router;
    }

    private static IncomingMessage Message(string text, string id) => new()
    {
        Channel = "bench", ChatId = "bench", UserId = "kasir", Text = text, MessageId = id,
    };

    private static WebApplication BuildHost(string path)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:Path"] = path });
        builder.AddLedger();
        builder.AddConversation();
        return builder.Build();
    }
}
