namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// One record per write: who, when, which channel, the raw text, and the reply it produced.
/// The id is the message key ("channel:chatId:messageId"), so the primary key's unique index makes
/// writes idempotent: the same message delivered twice is recorded once, and the second delivery
/// gets <see cref="Summary"/> back. (Using the primary key saves one index page per write.)
/// </summary>
public sealed class AuditDoc
{
    [LiteDB.BsonId]
    public string MessageKey { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
    public string RawText { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
