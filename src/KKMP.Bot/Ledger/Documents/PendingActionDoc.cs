namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// A write that waits for its author's YA: one per chat and user (the id), kept in the ledger so a
/// restart does not lose it. The command is stored as it was parsed, and runs with the original
/// message's id, so confirming twice (or a redelivered YA) records once.
/// </summary>
public sealed class PendingActionDoc
{
    /// <summary>"channel:chatId:userId" (<see cref="Conversation.Asker.ConversationKey"/>).</summary>
    [LiteDB.BsonId]
    public string Id { get; set; } = "";
    /// <summary>The original message's id and text: the write is recorded under them.</summary>
    public string MessageId { get; set; } = "";
    public string Text { get; set; } = "";
    public bool IsGroup { get; set; }
    /// <summary>The command's type name in the command table, and the command as JSON.</summary>
    public string CommandType { get; set; } = "";
    public string CommandJson { get; set; } = "";
    /// <summary>The question that was asked (what the write will do), repeated in reminders.</summary>
    public string Preview { get; set; } = "";
    /// <summary>
    /// Set once YA or BATAL answered it: the same answer redelivered gets the same reply and does nothing
    /// (a redelivered BATAL must not become an undo once nothing is waiting).
    /// </summary>
    public string? AnsweredMessageId { get; set; }
    public string? AnswerText { get; set; }
    /// <summary>
    /// Answers to the actions this one replaced, newest first and bounded: an old BATAL redelivered after
    /// a newer question must be recognised as a repeat, not taken as the answer to the newer question.
    /// </summary>
    public List<EarlierAnswer> EarlierAnswers { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
}

/// <summary>An answer (YA/BATAL) already given in this chat, by its message id, with the reply it got.</summary>
public sealed class EarlierAnswer
{
    public string MessageId { get; set; } = "";
    public string Reply { get; set; } = "";
}
