namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// A question relayed through the bot to a cooperative's pengurus. <see cref="Id"/> is the N of
/// "/jawab N". The asker's address is kept only to deliver the answer; it is never shown to the board.
/// </summary>
public sealed class RelayedQuestionDoc
{
    public int Id { get; set; }
    /// <summary>The cooperative whose board receives it.</summary>
    public string KoperasiId { get; set; } = "";
    /// <summary>"channel:userId" of the asker (UserDoc key), for the answer and the rate limit.</summary>
    public string Asker { get; set; } = "";
    /// <summary>Who the board is told it is from ("seorang anggota KKMP Sukamaju"): never a name or number.</summary>
    public string From { get; set; } = "";
    /// <summary>The sender's cooperative for a message between cooperatives (/hubungi, answered with /balas); null for a member's question.</summary>
    public string? FromKoperasiId { get; set; }
    public string Text { get; set; } = "";
    public DateTime AskedUtc { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public string? AnsweredBy { get; set; }
}

/// <summary>
/// A message for a user who did not just write (an outbox): pushed by a channel that can (Telegram),
/// or shown with the user's next reply on a channel that cannot (web chat, terminal).
/// </summary>
public sealed class NoticeDoc
{
    public int Id { get; set; }
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
    public int Attempts { get; set; }
}
