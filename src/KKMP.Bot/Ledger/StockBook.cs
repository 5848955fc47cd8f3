using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>What to do with one item's stock, decided while the cooperative's lock is held.</summary>
public abstract record MovementPlan
{
    public sealed record Append(MovementDoc Movement, Func<ItemDoc, MovementDoc, string> Describe) : MovementPlan;
    public sealed record Reject(string Text) : MovementPlan;
}

/// <summary>Append-only stock movements. Stock is never edited, only moved.</summary>
public sealed class StockBook(LedgerDb db, Catalog catalog, IEnumerable<IStockWatcher>? watchers = null)
{
    /// <summary>How far back /batal looks for the user's own last entry.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// Appends one movement to an item of the origin's cooperative. <paramref name="plan"/> sees the
    /// item with its current stock (under the lock), so "sale ≤ stock" cannot race another sale.
    /// </summary>
    public WriteResult Append(WriteOrigin origin, int itemId, Func<ItemDoc, MovementPlan> plan) =>
        db.Write(origin, () =>
        {
            var item = catalog.ItemForWrite(origin.KoperasiId, itemId);
            if (item is null) return WriteResult.Rejected("Barang tidak ditemukan di koperasi ini.");
            switch (plan(item))
            {
                case MovementPlan.Reject reject:
                    return WriteResult.Rejected(reject.Text);
                case MovementPlan.Append(var movement, var describe):
                    return WriteResult.Recorded(Apply(origin, item, movement, m => describe(item, m)));
                default:
                    throw new InvalidOperationException("Unknown movement plan.");
            }
        }, selfAudited: true);

    /// <summary>
    /// Reverses the user's own latest movement (within <see cref="UndoWindow"/>) that is not itself a
    /// reversal and not yet reversed, by appending its opposite.
    /// </summary>
    public WriteResult ReverseLast(WriteOrigin origin, string nothingToUndo,
        Func<ItemDoc, MovementDoc, string> wouldGoNegative, Func<ItemDoc, MovementDoc, MovementDoc, string> describe) =>
        db.Write(origin, () =>
        {
            var original = LastReversible(origin);
            if (original is null) return WriteResult.Rejected(nothingToUndo);
            var item = catalog.ItemForWrite(origin.KoperasiId, original.ItemId)!;
            if (item.Stock - original.Delta < 0) return WriteResult.Rejected(wouldGoNegative(item, original));
            var reversal = new MovementDoc
            {
                Kind = MovementKind.Reversal, Delta = -original.Delta, AmountRupiah = -original.AmountRupiah,
                UnitPriceRupiah = original.UnitPriceRupiah, ReversesKey = original.Key, ReversedKind = original.Kind, OnCredit = original.OnCredit,
                Consignment = original.Consignment,
            };
            return WriteResult.Recorded(Apply(origin, item, reversal, m => describe(item, original, m)));
        }, selfAudited: true);

    /// <summary>An item's movements, oldest first. Scans the cooperative's movements: for checks and audits, not the hot path.</summary>
    public IReadOnlyList<MovementDoc> Movements(string koperasiId, int itemId) =>
        db.Movements.Find(Query.EQ(nameof(MovementDoc.KoperasiId), koperasiId))
            .Where(m => m.ItemId == itemId).OrderBy(m => m.AtTicks).ToList();

    /// <summary>Stock recomputed from the movements alone (the item's running total must equal it).</summary>
    public decimal StockFromMovements(string koperasiId, int itemId) => Movements(koperasiId, itemId).Sum(m => m.Delta);

    /// <summary>The entry /batal would reverse for this user now (to show it before asking), or null.</summary>
    public MovementDoc? LastReversible(WriteOrigin origin)
    {
        // Newest first along the primary key (ids are instants); stops at the first entry of this user's that is still standing.
        var since = MovementIds.AtOrAfter(db.UtcNow - UndoWindow);
        var reversed = new HashSet<string>(StringComparer.Ordinal);
        var recent = db.Movements.Query()
            .Where(Query.GTE("_id", since))
            .OrderByDescending("_id")
            .ToEnumerable();
        foreach (var m in recent)
        {
            if (m.KoperasiId != origin.KoperasiId || m.UserId != origin.UserId || m.Channel != origin.Channel) continue;
            if (m.ReversesKey is { } key) reversed.Add(key);
            else if (!reversed.Contains(m.Key)) return m;
        }
        return null;
    }

    /// <summary>Records the movement with its audit fields; the item's current stock moves once it commits.</summary>
    private string Apply(WriteOrigin origin, ItemDoc item, MovementDoc movement, Func<MovementDoc, string> describe)
    {
        movement.Key = origin.MessageKey;
        movement.KoperasiId = origin.KoperasiId;
        movement.ItemId = item.Id;
        movement.AtTicks = db.MovementClock.Next();
        movement.Id = MovementIds.FromTicks(movement.AtTicks);
        movement.Channel = origin.Channel;
        movement.UserId = origin.UserId;
        movement.RawText = origin.RawText;
        // The terms it was made under travel with the movement (a reversal already carries its original's).
        if (movement.Kind != MovementKind.Reversal) movement.Consignment = item.Consignment?.Copy();
        var before = item.Stock;
        item.Stock += movement.Delta;
        movement.Summary = describe(movement);
        db.Movements.Insert(movement);
        // Inside the write: what a watcher queues (a low-stock alert) commits with the movement, or not at all.
        foreach (var watcher in watchers ?? []) watcher.Moved(origin, item, before);
        var (stock, key, ticks) = (item.Stock, movement.Key, movement.AtTicks);
        db.AfterCommit(() =>
        {
            db.StockLevels.Set(item.Id, stock);
            db.RecordedMessages.Add(key, ticks);
            db.EntryHistory.Add(item.Id, movement.Kind, movement.Delta, movement.UnitPriceRupiah);
            db.BookLog.Committed(movement.KoperasiId, new BookEvent(movement, null));
        });
        return movement.Summary;
    }
}
