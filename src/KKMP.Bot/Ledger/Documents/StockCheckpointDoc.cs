using LiteDB;

namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// One cooperative's stock summed over every movement up to and including <see cref="ThroughTicks"/>:
/// opening the ledger starts from these and scans only the later movements (see <see cref="Ledger.LedgerCheckpoint"/>).
/// </summary>
public sealed class StockCheckpointDoc
{
    /// <summary>The cooperative id.</summary>
    [BsonId]
    public string KoperasiId { get; set; } = "";
    /// <summary>Movements with ticks ≤ this are summed here (every checkpoint shares one value).</summary>
    public long ThroughTicks { get; set; }
    /// <summary>Item id (as text: BSON keys are strings) → stock in its base unit.</summary>
    public Dictionary<string, decimal> Stock { get; set; } = [];
    /// <summary>How many movements the sums cover, for `-- check` and the operator.</summary>
    public long Movements { get; set; }
}

/// <summary>
/// A message key older than the in-memory window (<see cref="Ledger.RecordedMessages.Window"/>): its hash
/// as the primary key and the instant of its movement, so a late repeat is still found with one lookup.
/// </summary>
public sealed class ArchivedMessageKeyDoc
{
    [BsonId]
    public long Hash { get; set; }
    public long Ticks { get; set; }
}
