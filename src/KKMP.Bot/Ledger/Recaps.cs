using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

public sealed record RecapLine(string ItemName, string Unit, decimal QuantitySold, long RevenueRupiah);

public sealed record DailyRecap(DateOnly Day, IReadOnlyList<RecapLine> Sales, long RevenueRupiah,
    IReadOnlyList<StockLine> Stock, IReadOnlyList<StockLine> LowStock);

/// <summary>Daily recaps over one cooperative's local day (its time zone), from the movements.</summary>
public sealed class Recaps(LedgerDb db, Catalog catalog, CooperativeDirectory cooperatives)
{
    public DateOnly Today(string koperasiId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(db.UtcNow, cooperatives.TimeZoneOf(koperasiId)));

    public DailyRecap For(string koperasiId, DateOnly day) => Over(koperasiId, day, day);

    /// <summary>Sales summed per item over the local days <paramref name="from"/> to <paramref name="to"/> (included), with today's stock.</summary>
    public DailyRecap Over(string koperasiId, DateOnly from, DateOnly to)
    {
        var zone = cooperatives.TimeZoneOf(koperasiId);
        var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var items = catalog.ListItems(koperasiId);
        var byId = catalog.AllItems(koperasiId).ToDictionary(i => i.Id); // a sold item archived since is still named

        // A reversed sale counts against the day the reversal was made: the ledger is append-only.
        // Ids are instants (MovementIds): the days are a range of the primary key. Between (inclusive, up to
        // the day's last tick) so the index scan stops at the day's end; GTE + LT would filter to the end of the file.
        var sales = db.Movements.Find(Query.Between("_id", MovementIds.AtOrAfter(start), MovementIds.AtOrAfter(end.AddTicks(-1))))
            .Where(m => m.KoperasiId == koperasiId)
            .Where(m => m.Kind == MovementKind.Sold || m is { Kind: MovementKind.Reversal, ReversedKind: MovementKind.Sold })
            .GroupBy(m => m.ItemId)
            .Where(g => byId.ContainsKey(g.Key))
            .Select(g => new RecapLine(byId[g.Key].Name, byId[g.Key].BaseUnit, -g.Sum(m => m.Delta), g.Sum(m => m.AmountRupiah)))
            .Where(l => l.QuantitySold != 0 || l.RevenueRupiah != 0)
            .OrderBy(l => l.ItemName, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var stock = items.Select(ShopReader.ToStockLine).ToList();
        var low = stock.Where(s => LowStock.Is(s.Quantity, s.LowStockLevel)).ToList();
        return new DailyRecap(from, sales, sales.Sum(l => l.RevenueRupiah), stock, low);
    }
}
