using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Each item's recent sales and receipts, to tell a usual entry from a probable typo ("10× the usual
/// quantity", "far from the average cost"). Kept in memory and caught up on each look from the
/// movements added since the last one: movement ids are instants, so that is a primary-key range.
/// </summary>
public sealed class EntryHistory(LedgerDb db)
{
    /// <summary>How many recent entries per item and kind are kept.</summary>
    public const int Kept = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<(int ItemId, MovementKind Kind), Queue<(decimal Quantity, long? UnitPrice)>> _recent = [];
    private ObjectId _seen = ObjectId.Empty;

    /// <summary>The median quantity (base units) of the item's recent entries of this kind; null with fewer than three.</summary>
    public decimal? TypicalQuantity(int itemId, MovementKind kind)
    {
        var quantities = Recent(itemId, kind).Select(e => e.Quantity).Order().ToList();
        return quantities.Count < 3 ? null : quantities[quantities.Count / 2];
    }

    /// <summary>The average purchase cost per base unit of the item's recent receipts that named one, weighted by quantity.</summary>
    public long? AverageCost(int itemId)
    {
        var priced = Recent(itemId, MovementKind.Received).Where(e => e.UnitPrice is not null).ToList();
        var quantity = priced.Sum(e => e.Quantity);
        return quantity == 0 ? null : Money.Round(priced.Sum(e => e.Quantity * e.UnitPrice!.Value) / quantity);
    }

    private List<(decimal Quantity, long? UnitPrice)> Recent(int itemId, MovementKind kind)
    {
        lock (_lock)
        {
            CatchUp();
            return _recent.TryGetValue((itemId, kind), out var entries) ? [.. entries] : [];
        }
    }

    private void CatchUp()
    {
        foreach (var m in db.Movements.Find(Query.GT("_id", _seen)))
        {
            _seen = m.Id;
            if (m.Kind is not (MovementKind.Sold or MovementKind.Received)) continue;
            if (!_recent.TryGetValue((m.ItemId, m.Kind), out var entries)) _recent[(m.ItemId, m.Kind)] = entries = new();
            entries.Enqueue((Math.Abs(m.Delta), m.UnitPriceRupiah));
            if (entries.Count > Kept) entries.Dequeue();
        }
    }
}
