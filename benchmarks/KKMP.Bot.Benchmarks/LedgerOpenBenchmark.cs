using System.Diagnostics;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// Start-up cost of the ledger: opening scans every movement once (stock sums, recorded message keys
/// for idempotency, newest instant). Measures movements scanned per second and the memory they hold.
/// </summary>
public sealed class LedgerOpenBenchmark : IBenchmark
{
    private const int Movements = 200_000;

    public string Name => "ledger-open";
    public string Description => $"opening an on-disk ledger of {Movements:N0} movements (the scan at start)";

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-bench-open-").FullName;
        try
        {
            var path = Path.Combine(directory, "kkmp.db");
            using (var db = LedgerDb.Open(path))
            {
                var start = DateTime.UtcNow.AddDays(-100).Ticks;
                db.Movements.InsertBulk(Enumerable.Range(0, Movements).Select(i => new MovementDoc
                {
                    Id = MovementIds.FromTicks(start + i * 400_000L), AtTicks = start + i * 400_000L, Key = $"telegram:-100{i % 50}:{i}",
                    KoperasiId = $"kop-{i % 50}", ItemId = i % 500, Kind = MovementKind.Sold, Delta = -1.5m, AmountRupiah = 18_750,
                    Channel = "telegram", UserId = "42", RawText = "/jual beras 1,5 kg", Summary = "Tercatat: jual beras 1,5 kg (Rp18.750). Sisa 98,5 kg.",
                }));
            }
            for (var round = 1; round <= 3; round++)
            {
                GC.Collect();
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                using var db = LedgerDb.Open(path);
                var took = watch.Elapsed;
                var cpuTook = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                var held = GC.GetTotalMemory(forceFullCollection: true) - before;
                Console.WriteLine($"open #{round}     {db.Opened.Movements:N0} movements in {took.TotalMilliseconds:F0} ms " +
                                  $"(scan {db.Opened.Took.TotalMilliseconds:F0} ms): {db.Opened.Movements / db.Opened.Took.TotalSeconds:N0} movements/s, " +
                                  $"process CPU {cpuTook.TotalMilliseconds:F0} ms, {db.RecordedMessages.Count:N0} message keys, managed memory held after open (LiteDB page cache included) {held / 1024.0 / 1024:F1} MiB");
            }
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
        return Task.CompletedTask;
    }
}
