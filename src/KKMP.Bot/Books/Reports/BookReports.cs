using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Books.Reports;

/// <summary>Builds a <see cref="BookReport"/> for one cooperative and period from the ledger's events.</summary>
public sealed class BookReports(LedgerDb db, CashBook cash, ChartOfAccounts chart, CooperativeDirectory cooperatives, Catalog catalog,
    JournalCache journal, TimeProvider clock)
{
    /// <summary>Today in the cooperative's time zone.</summary>
    public DateOnly Today(string koperasiId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), cooperatives.TimeZoneOf(koperasiId)).DateTime);

    /// <summary>The local day of the cooperative's first event, or null when nothing was ever recorded.</summary>
    public DateOnly? FirstDay(string koperasiId) =>
        db.BookLog.Events(koperasiId) is { Length: > 0 } events ? LocalDay(events[0].AtTicks, cooperatives.TimeZoneOf(koperasiId)) : null;

    /// <summary>The events of a period, oldest first (for /ekspor); "belum ada catatan" as for <see cref="Build"/>.</summary>
    public IReadOnlyList<BookEvent> EventsIn(string koperasiId, Period period)
    {
        var zone = cooperatives.TimeZoneOf(koperasiId);
        var events = db.BookLog.Events(koperasiId);
        EnsureRecorded(events, period, zone);
        var (start, end) = period.UtcTicks(zone);
        return events.Where(e => e.AtTicks >= start && e.AtTicks < end).ToList();
    }

    public TimeZoneInfo ZoneOf(string koperasiId) => cooperatives.TimeZoneOf(koperasiId);

    /// <summary>
    /// The report of a resolved period. Throws <see cref="PeriodError"/> ("belum ada catatan") when the period
    /// ends before the cooperative's first entry.
    /// </summary>
    public BookReport Build(string koperasiId, Period period)
    {
        var cooperative = cooperatives.Get(koperasiId) ?? throw new InvalidOperationException($"Unknown cooperative {koperasiId}.");
        var zone = cooperatives.TimeZoneOf(koperasiId);
        var names = cash.ItemNames(koperasiId);
        var view = View(koperasiId, period, names);
        var inPeriod = view.Entries;

        var moved = inPeriod.SelectMany(e => e.Lines).GroupBy(l => l.Account)
            .ToDictionary(g => g.Key, g => (Debit: g.Sum(l => l.Debit), Credit: g.Sum(l => l.Credit)));
        var balances = chart.Accounts.Select(a => (Account: a, Moved: moved.GetValueOrDefault(a)))
            .Select(x => new AccountBalance(x.Account, view.Closing[x.Account] - x.Moved.Debit + x.Moved.Credit, x.Moved.Debit, x.Moved.Credit))
            .ToList();

        var sales = inPeriod.Where(e => e.IsSale).GroupBy(e => e.ItemId!.Value)
            // A titip jual sale's revenue is the cooperative's commission (Penjualan never sees it).
            .Select(g => new ItemSales(names(g.Key).Name, names(g.Key).Unit, -g.Sum(e => e.StockDelta), -g.Sum(e => e.Net(chart.Sales) + e.Net(chart.ConsignmentIncome)),
                g.Sum(e => e.Net(chart.CostOfSales)), g.Sum(e => e.Kind == EntryKind.Sale ? e.UnknownCostQuantity : -e.UnknownCostQuantity),
                g.Count(e => e.Kind == EntryKind.Sale)))
            .Where(s => s.Quantity != 0 || s.Revenue != 0)
            .OrderByDescending(s => s.Revenue).ThenBy(s => s.Item, StringComparer.OrdinalIgnoreCase)
            .ToList();

        // Titip jual goods are the supplier's: they are not the cooperative's stock value.
        var stock = catalog.ListItems(koperasiId).Where(i => i.Consignment is null).Select(i => view.Layers.TryGetValue(i.Id, out var l)
                ? new ItemStock(i.Name, i.BaseUnit, l.Quantity, l.KnownQuantity, l.KnownValue, l.UnknownQuantity)
                : new ItemStock(i.Name, i.BaseUnit, 0, 0, 0, 0))
            .ToList();

        var entries = DailySales(inPeriod, zone);
        var cashBook = entries.Where(e => e.Net(chart.Cash) != 0)
            .Select((e, i) => new CashRow(LocalDay(e.AtTicks, zone), $"{i + 1}", e.Description,
                Math.Max(0, e.Net(chart.Cash)), Math.Max(0, -e.Net(chart.Cash))))
            .ToList();
        return new BookReport(cooperative, period, chart, balances, entries, sales, stock, cashBook, inPeriod.Count(e => e.Kind == EntryKind.Sale));
    }

    /// <summary>
    /// The journal entries of a resolved period, one per event (sales not summed), with the balances at its end.
    /// Throws <see cref="PeriodError"/> as <see cref="Build"/> does.
    /// </summary>
    public JournalView View(string koperasiId, Period period, Func<int, ItemName>? names = null)
    {
        var events = db.BookLog.Events(koperasiId);
        EnsureRecorded(events, period, cooperatives.TimeZoneOf(koperasiId));
        var (start, end) = period.UtcTicks(cooperatives.TimeZoneOf(koperasiId));
        // A period that reaches the newest event reads the kept projection; an earlier one is projected up to its end.
        return events[^1].AtTicks < end
            ? journal.View(koperasiId, events, start)
            : JournalCache.ViewOf(chart, BookProjection.Run(chart, names ?? cash.ItemNames(koperasiId), events, end), start);
    }

    private static void EnsureRecorded(BookEvent[] events, Period period, TimeZoneInfo zone)
    {
        if (events.Length == 0 || LocalDay(events[0].AtTicks, zone) > period.To)
            throw new PeriodError(events.Length == 0
                ? "Belum ada catatan di koperasi ini. Catat dulu, misalnya: /kas awal 1.250.000 atau /masuk beras 100 kg @11.500"
                : $"Belum ada catatan untuk {period.Label}: catatan pertama tanggal {IndonesianFormat.DateWithoutDay(LocalDay(events[0].AtTicks, zone))}. " +
                  "Contoh: /laporan bulan ini");
    }

    /// <summary>Sales (and their reversals) summed into one entry per local day; everything else as it is, in time order.</summary>
    private List<JournalEntry> DailySales(IReadOnlyList<JournalEntry> entries, TimeZoneInfo zone)
    {
        var result = new List<JournalEntry>();
        foreach (var day in entries.GroupBy(e => LocalDay(e.AtTicks, zone)))
        {
            var sales = day.Where(e => e.IsSale).ToList();
            var others = day.Where(e => !e.IsSale).ToList();
            if (sales.Count > 0)
            {
                var lines = sales.SelectMany(e => e.Lines).GroupBy(l => l.Account)
                    .Select(g => g.Sum(l => l.Debit - l.Credit) is var net && net >= 0 ? JournalLine.Dr(g.Key, net) : JournalLine.Cr(g.Key, -net))
                    .Where(l => l.Debit + l.Credit != 0)
                    .OrderByDescending(l => l.Debit).ToList();
                var count = sales.Count(e => e.Kind == EntryKind.Sale);
                var description = $"Penjualan tunai {IndonesianFormat.DateWithoutDay(day.Key)} ({count} transaksi" +
                                  (sales.Count > count ? $", {sales.Count - count} dibatalkan)" : ")");
                result.Add(new JournalEntry(sales[^1].AtTicks, $"penjualan-{day.Key:yyyy-MM-dd}", EntryKind.Sale, description, lines));
            }
            result.AddRange(others);
        }
        return result.OrderBy(e => e.AtTicks).ToList();
    }

    public DateOnly LocalDay(string koperasiId, long utcTicks) => LocalDay(utcTicks, cooperatives.TimeZoneOf(koperasiId));

    private static DateOnly LocalDay(long utcTicks, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), zone));
}
