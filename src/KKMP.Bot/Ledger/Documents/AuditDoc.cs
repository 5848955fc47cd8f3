namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// One record per write: who, when, which channel, the raw text, and the reply it produced.
/// <see cref="MessageKey"/> ("channel:chatId:messageId") has a unique index: the same message
/// delivered twice is recorded once, and the second delivery gets <see cref="Summary"/> back.
/// </summary>
public sealed class AuditDoc
{
    public int Id { get; set; }
    public string MessageKey { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
    public string RawText { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
