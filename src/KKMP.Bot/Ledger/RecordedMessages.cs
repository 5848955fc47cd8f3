using System.IO.Hashing;
using System.Text;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Idempotency for stock movements without a second index on the movements: the message keys
/// recorded recently, held as 64-bit hashes (XxHash64, stable across processes) with the instant (= id)
/// of the movement. Filled by the scan at open, extended after each commit (under the cooperative's
/// lock). A hash hit is confirmed by reading the movement back, so a hash collision can never turn a
/// new sale away. Writes with the same key come from one chat and so one cooperative: its lock
/// serializes them.
/// Memory is bounded by <see cref="Window"/>: each checkpoint (<see cref="LedgerCheckpoint"/>) copies the
/// keys it covers into an archive collection keyed by hash, and keys older than both the window and the
/// checkpoint leave memory. A key not in memory is looked up in the archive (one primary-key read) when the
/// archive's Bloom filter says it may be there.
/// </summary>
internal sealed class RecordedMessages(ILiteCollection<ArchivedMessageKeyDoc> archive, long archivedThrough, ArchivedKeyFilter? archived = null)
{
    /// <summary>Which hashes may be in the archive (see <see cref="ArchivedKeyFilter"/>).</summary>
    public ArchivedKeyFilter Archived { get; } = archived ?? new ArchivedKeyFilter();

    /// <summary>
    /// Telegram redelivers an unconfirmed update for at most 24 hours and web chat retries within
    /// minutes; 48 hours covers that twice over (a restart in the middle included). At a busy city's
    /// 10,000 sales a day that is ≈ 20,000 keys, under 1 MB.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    private readonly Dictionary<ulong, long> _ticksByHash = [];
    private readonly Lock _lock = new();
    private long _archivedThrough = archivedThrough;

    public int Count { get { lock (_lock) return _ticksByHash.Count; } }

    public void Add(string messageKey, long ticks)
    {
        lock (_lock) _ticksByHash[Hash(messageKey)] = ticks;
    }

    /// <summary>The movement recorded for this message key, or null (the common case: one hash lookup and, once anything is archived, one archive read).</summary>
    public MovementDoc? Find(ILiteCollection<MovementDoc> movements, string messageKey)
    {
        var hash = Hash(messageKey);
        long ticks;
        bool inMemory;
        lock (_lock) inMemory = _ticksByHash.TryGetValue(hash, out ticks);
        if (!inMemory)
        {
            if (Interlocked.Read(ref _archivedThrough) == 0 || !Archived.MightContain(hash)
                || archive.FindById((long)hash) is not { } stored) return null;
            ticks = stored.Ticks;
        }
        if (movements.FindById(MovementIds.FromTicks(ticks)) is { } movement && movement.Key == messageKey) return movement;
        // Another key with the same hash (about 1 in 10^19 per pair): scan for the real one.
        return movements.FindOne(Query.EQ(nameof(MovementDoc.Key), messageKey));
    }

    /// <summary>After a checkpoint committed its archive through <paramref name="archivedThrough"/>: forget keys older than both it and the window.</summary>
    public void Forget(long archivedThrough, long windowStartTicks)
    {
        lock (_lock)
        {
            Interlocked.Exchange(ref _archivedThrough, archivedThrough);
            foreach (var (hash, ticks) in _ticksByHash)
                if (ticks <= archivedThrough && ticks < windowStartTicks) _ticksByHash.Remove(hash);
        }
    }

    public static ulong Hash(string messageKey) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(messageKey));
}
