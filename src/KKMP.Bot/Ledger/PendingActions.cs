using System.Collections.Concurrent;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Writes waiting for their author's confirmation (see <see cref="PendingActionDoc"/>); they expire after <see cref="Lifetime"/>.</summary>
public sealed class PendingActions(LedgerDb db)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>How many earlier answers a chat remembers; redeliveries come soon after the original (Telegram: within 24 h).</summary>
    private const int RememberedAnswers = 20;

    // Every message asks "is something waiting here?" and almost always nothing is: the keys are kept in
    // memory (read once from the ledger) so that answer costs no database read.
    private readonly Lazy<ConcurrentDictionary<string, byte>> _waiting = new(() =>
        new(db.PendingActions.FindAll().Select(p => KeyValuePair.Create(p.Id, (byte)0)), StringComparer.Ordinal));

    /// <summary>The action waiting in this chat for this user, expired or not (null when none).</summary>
    public PendingActionDoc? Find(string conversationKey) =>
        _waiting.Value.ContainsKey(conversationKey) ? db.PendingActions.FindById(conversationKey) : null;

    public bool IsExpired(PendingActionDoc pending) => db.UtcNow >= pending.ExpiresUtc;

    /// <summary>Stores the action, replacing any earlier one of the same chat and user (whose answers are remembered).</summary>
    public void Save(PendingActionDoc pending)
    {
        if (Find(pending.Id) is { } replaced)
        {
            var earlier = replaced.AnsweredMessageId is { } answered
                ? replaced.EarlierAnswers.Prepend(new EarlierAnswer { MessageId = answered, Reply = replaced.AnswerText ?? "" })
                : replaced.EarlierAnswers;
            pending.EarlierAnswers = [.. earlier.Take(RememberedAnswers)];
        }
        var now = db.UtcNow;
        pending.CreatedUtc = now;
        pending.ExpiresUtc = now + Lifetime;
        db.PendingActions.Upsert(pending);
        _waiting.Value[pending.Id] = 0;
    }

    /// <summary>Keeps the answered action until it expires or is replaced, so a redelivered answer is recognised.</summary>
    public void MarkAnswered(PendingActionDoc pending, string messageId, string reply)
    {
        pending.AnsweredMessageId = messageId;
        pending.AnswerText = reply;
        db.PendingActions.Update(pending);
    }

    /// <summary>The reply an answer already got when this message is a redelivered answer, or null.</summary>
    public static string? EarlierReply(PendingActionDoc pending, string messageId) =>
        pending.AnsweredMessageId == messageId ? pending.AnswerText ?? ""
        : pending.EarlierAnswers.FirstOrDefault(a => a.MessageId == messageId)?.Reply;

    public void Remove(string conversationKey)
    {
        db.PendingActions.Delete(conversationKey);
        _waiting.Value.TryRemove(conversationKey, out _);
    }
}
