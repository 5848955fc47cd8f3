using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Durable intake: a channel stores what it accepted here (in the ledger's own file) before it tells
/// the sender "received", and removes it once handled. What is still here after a crash was accepted
/// and never finished: it is handled first on the next start. Redelivering it is harmless because
/// every write is keyed by the channel's message id.
/// </summary>
public sealed class Inbox
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<InboxDoc> _entries;
    private readonly TimeProvider _clock;

    public Inbox(LedgerDb ledger, TimeProvider clock)
    {
        _clock = clock;
        _database = ledger.Database;
        _database.Mapper.ToDocument(new InboxDoc()); // map the type up front (see LedgerDb.NewMapper)
        _entries = _database.GetCollection<InboxDoc>("inbox");
    }

    /// <summary>Stores one accepted message; false when it is already stored (a redelivery of one still waiting).</summary>
    public bool TryStore(string channel, long sequence, string payload)
    {
        try
        {
            _entries.Insert(NewEntry(channel, sequence, payload));
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    /// <summary>
    /// Stores a batch in one transaction (one disk commit instead of one per message); returns the
    /// sequences that were new. Synchronous on purpose: LiteDB transactions belong to the thread.
    /// </summary>
    public IReadOnlyList<long> StoreAll(string channel, IEnumerable<(long Sequence, string Payload)> messages)
    {
        var stored = new List<long>();
        _database.BeginTrans();
        try
        {
            foreach (var (sequence, payload) in messages)
            {
                if (_entries.FindById(IdOf(channel, sequence)) is not null) continue;
                _entries.Insert(NewEntry(channel, sequence, payload));
                stored.Add(sequence);
            }
            _database.Commit();
            return stored;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>The message is handled (its effect recorded, its reply sent): forget it.</summary>
    public void Remove(string channel, long sequence) => _entries.Delete(IdOf(channel, sequence));

    /// <summary>Everything of one channel still waiting, oldest first.</summary>
    public IReadOnlyList<InboxDoc> Pending(string channel) =>
        _entries.Find(Query.StartsWith("_id", channel + ":")).OrderBy(e => e.Sequence).ToList();

    public int Count(string channel) => _entries.Count(Query.StartsWith("_id", channel + ":"));

    private InboxDoc NewEntry(string channel, long sequence, string payload) => new()
    {
        Id = IdOf(channel, sequence), Channel = channel, Sequence = sequence, Payload = payload, StoredUtc = _clock.GetUtcNow().UtcDateTime,
    };

    // Zero-padded, so string order is arrival order (Telegram's update ids only grow).
    private static string IdOf(string channel, long sequence) => $"{channel}:{sequence:D19}";
}
