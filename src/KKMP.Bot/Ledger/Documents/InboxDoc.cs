namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// A message a channel has accepted but not yet finished handling (see <see cref="Inbox"/>). The id
/// is "channel:sequence" with the sequence zero-padded, so the primary key orders one channel's
/// entries as they arrived.
/// </summary>
public sealed class InboxDoc
{
    [LiteDB.BsonId]
    public string Id { get; set; } = "";
    public string Channel { get; set; } = "";
    public long Sequence { get; set; }

    /// <summary>The transport's own payload, exactly as received (Telegram: the update's JSON).</summary>
    public string Payload { get; set; } = "";
    public DateTime StoredUtc { get; set; }
}
