using System.Diagnostics;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// Start-up cost of a large ledger: 2,000,000 movements of 50 cooperatives spread over a year. Opens it
/// without checkpoints (every movement scanned, as before checkpoints existed), takes a checkpoint (as
/// the checkpoint service does at start), then opens it again: checkpoints plus the movements of the
/// message-key window. Done at half the history and at the full history, so memory that grows with
/// history would show.
/// </summary>
public sealed class LedgerOpenBenchmark : IBenchmark
{
    private const int Movements = 2_000_000;
    private const int Cooperatives = 50;

    public string Name => "ledger-open";
    public string Description => $"opening an on-disk ledger of {Movements:N0} movements over {Cooperatives} cooperatives (goal < 1 s)";

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-bench-open-").FullName;
        try
        {
            var path = Path.Combine(directory, "kkmp.db");
            var start = DateTime.UtcNow.AddDays(-365).Ticks;
            var step = TimeSpan.FromDays(365).Ticks / Movements; // the last movement is about now
            foreach (var (from, to) in new[] { (0, Movements / 2), (Movements / 2, Movements) })
            {
                var watch = Stopwatch.StartNew();
                using (var db = LedgerDb.Open(path))
                    db.Movements.InsertBulk(Enumerable.Range(from, to - from).Select(i => new MovementDoc
                    {
                        Id = MovementIds.FromTicks(start + i * step), AtTicks = start + i * step, Key = $"telegram:-100{i % Cooperatives}:{i}",
                        KoperasiId = $"kop-{i % Cooperatives}", ItemId = i % 500, Kind = i % 4 == 0 ? MovementKind.Received : MovementKind.Sold,
                        Delta = i % 4 == 0 ? 4.5m : -1.5m, AmountRupiah = 18_750, Channel = "telegram", UserId = "42",
                        RawText = "/jual beras 1,5 kg", Summary = "Tercatat: jual beras 1,5 kg (Rp18.750). Sisa 98,5 kg.",
                    }), batchSize: 20_000);
                Console.WriteLine($"history         {to:N0} movements on disk ({new FileInfo(path).Length / 1024.0 / 1024:F0} MiB), {to - from:N0} written in {watch.Elapsed.TotalSeconds:F1} s");

                Open(path, "before checkpoint");
                using (var db = LedgerDb.Open(path))
                {
                    var taken = LedgerCheckpoint.Take(db);
                    Console.WriteLine($"checkpoint      {taken.Movements:N0} movements of {taken.Cooperatives} cooperatives summed and their keys archived in {taken.Took.TotalSeconds:F1} s");
                }
                for (var round = 1; round <= 3; round++) Open(path, $"checkpoint #{round}");
            }
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
        return Task.CompletedTask;
    }

    private static void Open(string path, string label)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var db = LedgerDb.Open(path);
        var took = watch.Elapsed;
        var cpuTook = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"open {label,-15} {took.TotalMilliseconds,6:F0} ms (scan {db.Opened.Took.TotalMilliseconds:F0} ms of {db.Opened.Movements:N0} movements), " +
                          $"process CPU {cpuTook.TotalMilliseconds:F0} ms, {db.RecordedMessages.Count:N0} message keys in memory, " +
                          $"managed memory held {held / 1024.0 / 1024:F1} MiB (LiteDB page cache included)");
    }
}
