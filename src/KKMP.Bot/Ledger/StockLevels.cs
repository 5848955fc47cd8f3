using System.Collections.Concurrent;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Current stock per item: the sum of its movements' deltas (the movements are the source of truth).
/// Built from every movement when the ledger opens, then moved by each committed movement while the
/// cooperative's lock is held. Keeping it here rather than rewriting the item with every sale saves
/// one page write and one document update per sale (see benchmarks "ledger"); a crash loses nothing,
/// because the next start sums the movements again.
/// </summary>
internal sealed class StockLevels
{
    private readonly ConcurrentDictionary<int, decimal> _stock = new();

    /// <summary>Only from the scan at open (<see cref="MovementScan"/>): adds one stored movement.</summary>
    public void Add(int itemId, decimal delta) => _stock.AddOrUpdate(itemId, delta, (_, sum) => sum + delta);

    public decimal Of(int itemId) => _stock.GetValueOrDefault(itemId);

    /// <summary>Only from <see cref="LedgerDb.AfterCommit"/>: the stock a committed movement left.</summary>
    public void Set(int itemId, decimal stock) => _stock[itemId] = stock;
}
