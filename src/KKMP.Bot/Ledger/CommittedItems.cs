using System.Collections.Concurrent;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Items as last committed, for writes: a sale needs its item (with current stock) under the
/// cooperative's lock, and reading it back from LiteDB each time was a quarter of a sale's CPU.
/// Only committed state enters (a write works on a copy and stores it from
/// <see cref="LedgerDb.AfterCommit"/>, still under the lock), so a rejected or failed write leaves
/// nothing behind; the database stays the source of truth and a restart simply starts empty.
/// </summary>
internal sealed class CommittedItems
{
    private readonly ConcurrentDictionary<int, ItemDoc> _items = new();

    /// <summary>A private copy of the committed item, or null when it has not been seen yet.</summary>
    public ItemDoc? CopyOf(int itemId) => _items.TryGetValue(itemId, out var item) ? Copy(item) : null;

    /// <summary>Call only with an item read inside the write's transaction or committed by it.</summary>
    public void Remember(ItemDoc item) => _items[item.Id] = Copy(item);

    public static ItemDoc Copy(ItemDoc item) => item.Copy();
}
