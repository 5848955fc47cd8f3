using KKMP.Bot.Books.Reports;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Books.Charts;

/// <summary>The series the charts draw, read from the ledger's events (sales, stock) and the price history.</summary>
public sealed class ChartData(LedgerDb db, BookReports reports, TimeProvider clock)
{
    /// <summary>Periods longer than this are drawn per month instead of per day.</summary>
    public const int MaxDailyBars = 62;

    /// <summary>Sales revenue per local day (or month) of the period, every bucket present (zero when nothing sold).</summary>
    public ChartSeries Sales(string koperasiId, Period period, out bool monthly)
    {
        var zone = reports.ZoneOf(koperasiId);
        var events = reports.EventsIn(koperasiId, period);
        monthly = period.Days > MaxDailyBars;
        var perMonth = monthly;
        DateTime Bucket(DateOnly day) => perMonth ? new DateTime(day.Year, day.Month, 1) : day.ToDateTime(TimeOnly.MinValue);
        var revenue = events.Select(e => e.Movement)
            .Where(m => m is { Kind: MovementKind.Sold } or { Kind: MovementKind.Reversal, ReversedKind: MovementKind.Sold })
            .GroupBy(m => Bucket(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(m!.AtUtc, zone))))
            .ToDictionary(g => g.Key, g => (double)g.Sum(m => m!.AmountRupiah));
        var buckets = new List<DateTime>();
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
            if (buckets.Count == 0 || buckets[^1] != Bucket(day)) buckets.Add(Bucket(day));
        return new ChartSeries(buckets, buckets.Select(b => revenue.GetValueOrDefault(b)).ToList());
    }

    /// <summary>The selling price over time, held until now.</summary>
    public ChartSeries Price(string koperasiId, ItemDoc item)
    {
        var zone = reports.ZoneOf(koperasiId);
        var history = db.Prices.Find(LiteDB.Query.EQ(nameof(PriceDoc.ItemId), item.Id))
            .Where(p => p.KoperasiId == koperasiId).OrderBy(p => p.SinceUtc).ToList();
        var times = history.Select(p => Local(p.SinceUtc, zone)).ToList();
        var values = history.Select(p => (double)p.PriceRupiah).ToList();
        return HeldUntilNow(times, values, zone);
    }

    /// <summary>The stock after every movement of the item, held until now.</summary>
    public ChartSeries Stock(string koperasiId, ItemDoc item)
    {
        var zone = reports.ZoneOf(koperasiId);
        var (times, values, stock) = (new List<DateTime>(), new List<double>(), 0m);
        foreach (var m in db.BookLog.Events(koperasiId).Select(e => e.Movement).Where(m => m?.ItemId == item.Id))
        {
            stock += m!.Delta;
            times.Add(Local(m.AtUtc, zone));
            values.Add((double)stock);
        }
        return HeldUntilNow(times, values, zone);
    }

    private ChartSeries HeldUntilNow(List<DateTime> times, List<double> values, TimeZoneInfo zone)
    {
        if (values.Count > 0)
        {
            times.Add(Local(clock.GetUtcNow().UtcDateTime, zone) is var now && now > times[^1] ? now : times[^1].AddMinutes(1));
            values.Add(values[^1]);
        }
        return new ChartSeries(times, values);
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
