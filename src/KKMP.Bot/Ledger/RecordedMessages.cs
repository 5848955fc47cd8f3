using System.IO.Hashing;
using System.Text;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Idempotency for stock movements without a second index: the message keys already recorded, held as
/// 64-bit hashes (XxHash64, stable across processes) with the instant (= id) of the movement. Filled
/// by the scan at open, extended after each commit (under the cooperative's lock). A hash hit is
/// confirmed by reading the movement back, so a hash collision can never turn a new sale away.
/// Writes with the same key come from one chat and so one cooperative: its lock serializes them.
/// </summary>
internal sealed class RecordedMessages
{
    private readonly Dictionary<ulong, long> _ticksByHash = [];
    private readonly Lock _lock = new();

    public int Count { get { lock (_lock) return _ticksByHash.Count; } }

    public void Add(string messageKey, long ticks)
    {
        lock (_lock) _ticksByHash[Hash(messageKey)] = ticks;
    }

    /// <summary>The movement recorded for this message key, or null (the common case costs one hash lookup).</summary>
    public MovementDoc? Find(ILiteCollection<MovementDoc> movements, string messageKey)
    {
        long ticks;
        lock (_lock)
            if (!_ticksByHash.TryGetValue(Hash(messageKey), out ticks)) return null;
        if (movements.FindById(MovementIds.FromTicks(ticks)) is { } movement && movement.Key == messageKey) return movement;
        // Another key with the same hash (about 1 in 10^19 per pair): scan for the real one.
        return movements.FindOne(Query.EQ(nameof(MovementDoc.Key), messageKey));
    }

    private static ulong Hash(string messageKey) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(messageKey));
}
