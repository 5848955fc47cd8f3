using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Writes waiting for their author's confirmation (see <see cref="PendingActionDoc"/>); they expire after <see cref="Lifetime"/>.</summary>
public sealed class PendingActions(LedgerDb db)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>The action waiting in this chat for this user, expired or not (null when none).</summary>
    public PendingActionDoc? Find(string conversationKey) => db.PendingActions.FindById(conversationKey);

    public bool IsExpired(PendingActionDoc pending) => db.UtcNow >= pending.ExpiresUtc;

    /// <summary>Stores the action, replacing any earlier one of the same chat and user.</summary>
    public void Save(PendingActionDoc pending)
    {
        var now = db.UtcNow;
        pending.CreatedUtc = now;
        pending.ExpiresUtc = now + Lifetime;
        db.PendingActions.Upsert(pending);
    }

    public void Remove(string conversationKey) => db.PendingActions.Delete(conversationKey);
}
