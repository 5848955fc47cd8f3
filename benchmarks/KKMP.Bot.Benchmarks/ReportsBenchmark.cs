using System.Diagnostics;
using KKMP.Bot.Books;
using KKMP.Bot.Books.Charts;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// The books of a busy shop's year on disk: 36,500 sales, 2,000 receipts with a purchase price, 1,000 cash
/// entries and 20 items. Measures the year's XLSX, one chart, the /laporan bulan ini text, and the memory
/// they take. Goals on this machine: XLSX &lt; 2 s, chart &lt; 300 ms, text &lt; 100 ms, extra memory &lt; 150 MB.
/// </summary>
public sealed class ReportsBenchmark : IBenchmark
{
    private const string Kop = "kop-ramai";
    private const int Days = 365, Sales = 36_500, Receipts = 2_000, CashEntries = 1_000, ItemCount = 20;

    public string Name => "reports";
    public string Description => $"a busy shop's year ({Sales:N0} sales, {Receipts:N0} receipts, {CashEntries:N0} cash entries, {ItemCount} items): XLSX, chart, /laporan text";

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-bench-reports-").FullName;
        try
        {
            var path = Path.Combine(directory, "kkmp.db");
            var watch = Stopwatch.StartNew();
            using (var seed = LedgerDb.Open(path)) Generate(seed);
            Console.WriteLine($"generated a year in {watch.Elapsed.TotalSeconds:F1} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");

            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var workingBefore = Process.GetCurrentProcess().WorkingSet64;
            using var db = LedgerDb.Open(path);
            var catalog = new Catalog(db);
            var cooperatives = new CooperativeDirectory(db);
            var journal = new JournalCache(ChartOfAccounts.Default, catalog);
            var cash = new CashBook(db, catalog, ChartOfAccounts.Default, journal);
            var reports = new BookReports(db, cash, ChartOfAccounts.Default, cooperatives, catalog, journal, TimeProvider.System);
            var charts = new ChartData(db, reports, TimeProvider.System);
            var today = reports.Today(Kop);
            var yearFrom = today.AddDays(-(Days - 1));
            var year = new PeriodSpec.Between(yearFrom.Day, yearFrom.Month, yearFrom.Year, today.Day, today.Month, today.Year).Resolve(today);
            var month = new PeriodSpec.ThisMonth().Resolve(today);

            Time("first /laporan bulan ini text (reads the year's events into memory)", 1, () => ReportText.Summary(reports.Build(Kop, month)));
            var events = db.BookLog.Events(Kop);
            var names = cash.ItemNames(Kop);
            Time($"the journal projected from all {events.Length:N0} events", 10, () => BookProjection.Run(ChartOfAccounts.Default, names, events));
            var text = Time("/laporan bulan ini text", 20, () => ReportText.Summary(reports.Build(Kop, month)));
            Time("/laporan bulan ini text + its XLSX", 5, () => BooksWorkbook.Write(reports.Build(Kop, month)));
            var yearReport = Time("year report data (no workbook)", 3, () => reports.Build(Kop, year));
            Console.WriteLine($"  year workbook rows: journal {yearReport.Journal.Sum(e => e.Lines.Count):N0} lines, cash book {yearReport.CashBook.Count:N0} rows");
            var xlsx = Time("year XLSX (report + workbook)", 3, () => BooksWorkbook.Write(reports.Build(Kop, year)));
            // The memory of one more year XLSX (everything it needs is loaded and JIT'd by now): what the report costs, not the process.
            var (_, yearReportMemory) = MemoryProbe.Measure(() => reports.Build(Kop, year));
            var (_, yearXlsxMemory) = MemoryProbe.Measure(() => BooksWorkbook.Write(reports.Build(Kop, year)));
            Console.WriteLine($"  memory of one year report (data only): {yearReportMemory}");
            Console.WriteLine($"  memory of one year XLSX (report + workbook): {yearXlsxMemory}");
            Time("chart: penjualan over the year (per month)", 5, () => BookCharts.Sales("Penjualan", charts.Sales(Kop, year, out var monthly), monthly));
            Time("chart: penjualan this month (per day)", 5, () => BookCharts.Sales("Penjualan", charts.Sales(Kop, month, out var monthly), monthly));
            var rice = catalog.ListItems(Kop)[0];
            Time("chart: stok of one item over the year", 5, () => BookCharts.Steps("Stok", "Stok", charts.Stock(Kop, rice), rupiah: false));
            Time("/kas balance (the kept projection)", 10, () => cash.Balance(Kop));

            var held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            Console.WriteLine($"year XLSX {xlsx.Length / 1024:N0} KiB; month summary {text.Length} characters");
            Console.WriteLine($"memory: managed heap held after all (ledger page cache + the year's events in memory) {held / 1024.0 / 1024:F1} MiB; " +
                              $"working set {workingBefore / 1024 / 1024} → {Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB " +
                              "(includes loading ClosedXML, ScottPlot and Skia and the GC keeping freed segments)");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
        return Task.CompletedTask;
    }

    private static T Time<T>(string what, int runs, Func<T> run)
    {
        var timings = new List<double>();
        T result = default!;
        // CPU time beside wall time: on a machine shared with other builds, wall time also counts waiting for a core.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = run();
            timings.Add(Stats.ElapsedMilliseconds(start));
        }
        var cpuEach = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        Console.WriteLine(runs == 1 ? $"{what,-66} {timings[0]:F1} ms (CPU {cpuEach:F0} ms)" : $"{what,-66} {Stats.Summary(timings)} (CPU {cpuEach:F0} ms each)");
        return result;
    }

    /// <summary>A year ending now: receipts first each day (to the emptiest items), then sales of what is on the shelf, then cash entries.</summary>
    private static void Generate(LedgerDb db)
    {
        var cooperatives = new CooperativeDirectory(db);
        cooperatives.Upsert(new CooperativeDoc { Id = Kop, Name = "KKMP Ramai" });
        var catalog = new Catalog(db);
        var items = Enumerable.Range(0, ItemCount).Select(i =>
        {
            var item = new ItemDoc { Name = $"Barang {i:00}", BaseUnit = "kg" };
            catalog.AddItem(new WriteOrigin(Kop, "seed", "seed", "seed", $"item-{i}", "seed"), item, x => x.Name, x => x.Name);
            return item;
        }).ToList();
        var random = new Random(2026);
        var stock = new decimal[ItemCount];
        var cost = items.Select(_ => 8_000L + random.Next(0, 20) * 500).ToArray();
        var (movements, cashEntries) = (new List<MovementDoc>(), new List<CashEntryDoc>());
        var start = DateTime.UtcNow.Date.AddDays(-(Days - 1)).AddHours(-7); // local midnight, WIB
        long n = 0;
        long Tick(int day, int slot) => start.AddDays(day).AddHours(7).AddSeconds(slot * 30).Ticks + n++;
        cashEntries.Add(Cash(Tick(0, 0), CashKind.Opening, 50_000_000, "301", "saldo awal"));
        var (receiptsLeft, salesLeft, cashLeft) = (Receipts, Sales, CashEntries);
        for (var day = 0; day < Days; day++)
        {
            var slot = 1;
            for (var r = 0; r < (receiptsLeft + (Days - day) - 1) / (Days - day); r++, receiptsLeft--)
            {
                var i = Array.IndexOf(stock, stock.Min());
                const decimal quantity = 50;
                stock[i] += quantity;
                movements.Add(Movement(Tick(day, slot++), i, MovementKind.Received, quantity, quantity * cost[i], onCredit: r % 5 == 0));
            }
            for (var s = 0; s < (salesLeft + (Days - day) - 1) / (Days - day); s++, salesLeft--)
            {
                var quantity = 1 + random.Next(0, 5) * 0.5m;
                var i = random.Next(ItemCount);
                while (stock[i] < quantity) i = (i + 1) % ItemCount;
                stock[i] -= quantity;
                movements.Add(Movement(Tick(day, slot++), i, MovementKind.Sold, -quantity, quantity * cost[i] * 1.15m));
            }
            for (var c = 0; c < (cashLeft + (Days - day) - 1) / (Days - day); c++, cashLeft--)
                cashEntries.Add(c % 4 == 3
                    ? Cash(Tick(day, slot++), CashKind.In, 1_000_000, "301", "simpanan anggota")
                    : Cash(Tick(day, slot++), CashKind.Expense, -(50_000 + random.Next(0, 10) * 10_000), $"60{1 + c % 5}", "biaya harian"));
        }
        db.Movements.InsertBulk(movements);
        db.CashEntries.InsertBulk(cashEntries);

        MovementDoc Movement(long ticks, int item, MovementKind kind, decimal delta, decimal amount, bool onCredit = false) => new()
        {
            Id = MovementIds.FromTicks(ticks), AtTicks = ticks, Key = $"telegram:1:{ticks}", KoperasiId = Kop, ItemId = items[item].Id, Kind = kind,
            Delta = delta, AmountRupiah = (long)Math.Round(amount), OnCredit = onCredit, Channel = "telegram", UserId = "kasir",
            RawText = kind == MovementKind.Sold ? "/jual" : "/masuk", Summary = "Tercatat.",
        };
        CashEntryDoc Cash(long ticks, CashKind kind, long amount, string account, string note) => new()
        {
            Id = MovementIds.FromTicks(ticks), AtTicks = ticks, Key = $"telegram:1:c{ticks}", KoperasiId = Kop, Kind = kind, AmountRupiah = amount,
            AccountCode = account, Note = note, Channel = "telegram", UserId = "kasir", RawText = "/kas", Summary = "Tercatat.",
        };
    }
}
