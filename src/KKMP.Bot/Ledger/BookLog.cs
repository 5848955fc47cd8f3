using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>One event the books are projected from: a stock movement or a cash entry.</summary>
public readonly record struct BookEvent(MovementDoc? Movement, CashEntryDoc? Cash)
{
    public long AtTicks => Movement?.AtTicks ?? Cash!.AtTicks;
}

/// <summary>
/// Each cooperative's events (movements and cash entries) in time order, held in memory so reports do
/// not read a year of documents from LiteDB each time. A cooperative's log is read once, under its
/// write lock, the first time a report or a cash check needs it; after that every committed write appends
/// to it (also under the lock), so it is never behind the file. It is a cache of the ledger, not a second store.
/// </summary>
internal sealed class BookLog(LedgerDb db)
{
    private readonly Dictionary<string, List<BookEvent>> _logs = new(StringComparer.Ordinal);

    /// <summary>A snapshot of the cooperative's events, oldest first.</summary>
    public BookEvent[] Events(string koperasiId)
    {
        var log = db.UnderLock(koperasiId, () => Loaded(koperasiId));
        lock (log) return log.ToArray();
    }

    /// <summary>Inside a write (the cooperative's lock is held): the events as committed so far.</summary>
    public IReadOnlyList<BookEvent> EventsInWrite(string koperasiId) => Loaded(koperasiId);

    /// <summary>After a commit, under the cooperative's lock: appends if the log was already read (else the first read finds it).</summary>
    public void Committed(string koperasiId, BookEvent added)
    {
        List<BookEvent>? log;
        lock (_logs) _logs.TryGetValue(koperasiId, out log);
        if (log is null) return;
        lock (log) log.Add(added);
    }

    private List<BookEvent> Loaded(string koperasiId)
    {
        lock (_logs)
            if (_logs.TryGetValue(koperasiId, out var known)) return known;
        // Movements have no index but the primary key (see LedgerDb): one scan per cooperative per process.
        var events = db.Movements.Find(Query.EQ(nameof(MovementDoc.KoperasiId), koperasiId)).Select(m => new BookEvent(m, null))
            .Concat(db.CashEntries.Find(Query.EQ(nameof(CashEntryDoc.KoperasiId), koperasiId)).Select(c => new BookEvent(null, c)))
            .OrderBy(e => e.AtTicks)
            .ToList();
        lock (_logs) _logs[koperasiId] = events;
        return events;
    }
}
