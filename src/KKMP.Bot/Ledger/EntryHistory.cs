using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Each item's recent sales and receipts, to tell a usual entry from a probable typo ("10× the usual
/// quantity", "far from the average cost"). Like <see cref="StockLevels"/>: built by the scan when the
/// ledger opens, then fed each committed movement, so asking costs no database read.
/// </summary>
public sealed class EntryHistory
{
    /// <summary>How many recent entries per item and kind are kept.</summary>
    public const int Kept = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<(int ItemId, MovementKind Kind), Queue<(decimal Quantity, long? UnitPrice)>> _recent = [];

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

    /// <summary>From the scan at open (oldest first) and from <see cref="LedgerDb.AfterCommit"/>: one movement.</summary>
    internal void Add(int itemId, MovementKind kind, decimal delta, long? unitPrice)
    {
        if (kind is not (MovementKind.Sold or MovementKind.Received)) return;
        lock (_lock)
        {
            if (!_recent.TryGetValue((itemId, kind), out var entries)) _recent[(itemId, kind)] = entries = new();
            entries.Enqueue((Math.Abs(delta), unitPrice));
            if (entries.Count > Kept) entries.Dequeue();
        }
    }

    private List<(decimal Quantity, long? UnitPrice)> Recent(int itemId, MovementKind kind)
    {
        lock (_lock) return _recent.TryGetValue((itemId, kind), out var entries) ? [.. entries] : [];
    }
}
