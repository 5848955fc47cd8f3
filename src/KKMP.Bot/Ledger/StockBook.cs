using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>What to do with one item's stock, decided while the cooperative's lock is held.</summary>
public abstract record MovementPlan
{
    public sealed record Append(MovementDoc Movement, Func<ItemDoc, MovementDoc, string> Describe) : MovementPlan;
    public sealed record Reject(string Text) : MovementPlan;
}

/// <summary>Append-only stock movements. Stock is never edited, only moved.</summary>
public sealed class StockBook(LedgerDb db, Catalog catalog)
{
    /// <summary>
    /// Appends one movement to an item of the origin's cooperative. <paramref name="plan"/> sees the
    /// item with its current stock (under the lock), so "sale ≤ stock" cannot race another sale.
    /// </summary>
    public WriteResult Append(WriteOrigin origin, int itemId, Func<ItemDoc, MovementPlan> plan) =>
        db.Write(origin, () =>
        {
            var item = catalog.GetItem(origin.KoperasiId, itemId);
            if (item is null) return WriteResult.Rejected("Barang tidak ditemukan di koperasi ini.");
            switch (plan(item))
            {
                case MovementPlan.Reject reject:
                    return WriteResult.Rejected(reject.Text);
                case MovementPlan.Append(var movement, var describe):
                    Apply(origin, item, movement);
                    return WriteResult.Recorded(describe(item, movement));
                default:
                    throw new InvalidOperationException("Unknown movement plan.");
            }
        });

    /// <summary>
    /// Reverses the user's own latest movement that is not itself a reversal and not yet reversed,
    /// by appending its opposite.
    /// </summary>
    public WriteResult ReverseLast(WriteOrigin origin, string nothingToUndo,
        Func<ItemDoc, MovementDoc, string> wouldGoNegative, Func<ItemDoc, MovementDoc, MovementDoc, string> describe) =>
        db.Write(origin, () =>
        {
            var original = LastReversible(origin);
            if (original is null) return WriteResult.Rejected(nothingToUndo);
            var item = catalog.GetItem(origin.KoperasiId, original.ItemId)!;
            if (item.Stock - original.Delta < 0) return WriteResult.Rejected(wouldGoNegative(item, original));
            var reversal = new MovementDoc
            {
                Kind = MovementKind.Reversal, Delta = -original.Delta, AmountRupiah = -original.AmountRupiah,
                UnitPriceRupiah = original.UnitPriceRupiah, ReversesId = original.Id, ReversedKind = original.Kind,
            };
            Apply(origin, item, reversal);
            return WriteResult.Recorded(describe(item, original, reversal));
        });

    public IReadOnlyList<MovementDoc> Movements(string koperasiId, int itemId) =>
        db.Movements.Find(m => m.ItemId == itemId && m.KoperasiId == koperasiId).OrderBy(m => m.Id).ToList();

    /// <summary>Stock recomputed from the movements alone (the item's running total must equal it).</summary>
    public decimal StockFromMovements(string koperasiId, int itemId) => Movements(koperasiId, itemId).Sum(m => m.Delta);

    private MovementDoc? LastReversible(WriteOrigin origin)
    {
        var (koperasi, channel, user) = (origin.KoperasiId, origin.Channel, origin.UserId);
        var mine = db.Movements.Query()
            .Where(m => m.UserId == user && m.KoperasiId == koperasi && m.Channel == channel)
            .OrderByDescending(m => m.Id).Limit(50).ToList();
        var reversed = mine.Where(m => m.ReversesId is not null).Select(m => m.ReversesId!.Value).ToHashSet();
        return mine.FirstOrDefault(m => m.Kind != MovementKind.Reversal && !reversed.Contains(m.Id)
                                        && db.Movements.FindOne(r => r.ReversesId == m.Id) is null);
    }

    private void Apply(WriteOrigin origin, ItemDoc item, MovementDoc movement)
    {
        movement.KoperasiId = origin.KoperasiId;
        movement.ItemId = item.Id;
        movement.AtUtc = DateTime.UtcNow;
        movement.Channel = origin.Channel;
        movement.UserId = origin.UserId;
        db.Movements.Insert(movement);
        item.Stock += movement.Delta;
        db.Items.Update(item);
    }
}
