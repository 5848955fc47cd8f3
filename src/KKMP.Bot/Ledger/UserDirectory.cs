using System.Collections.Concurrent;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Users per (channel, user id) with their cooperative and role, and group-chat links.</summary>
public sealed class UserDirectory(LedgerDb db)
{
    // Looked up on every message, changed rarely (invites, configuration): cached, dropped on each change.
    private readonly ConcurrentDictionary<string, UserDoc?> _cache = new(StringComparer.Ordinal);

    public UserDoc? Get(string channel, string userId) =>
        _cache.GetOrAdd(UserDoc.KeyOf(channel, userId), key => db.Users.FindById(key));

    /// <summary>Drops a cached user after a write that changed them outside this directory (an invite redeemed).</summary>
    public void Forget(string channel, string userId) => _cache.TryRemove(UserDoc.KeyOf(channel, userId), out _);

    /// <summary>
    /// Binds a user to a cooperative and role directly. Trusted callers only: configuration, the
    /// terminal operator, tests. Chat users get roles through invite codes.
    /// </summary>
    public UserDoc Assign(string channel, string userId, string koperasiId, Role role, string? displayName = null)
    {
        var user = new UserDoc
        {
            Id = UserDoc.KeyOf(channel, userId), KoperasiId = koperasiId, Role = role,
            DisplayName = displayName, UpdatedUtc = db.UtcNow,
        };
        db.Users.Upsert(user);
        _cache.TryRemove(user.Id, out _);
        return user;
    }

    public GroupLinkDoc? GroupLink(string channel, string chatId) => db.GroupLinks.FindById($"{channel}:{chatId}");

    public WriteResult LinkGroup(WriteOrigin origin, Func<string> describe) =>
        db.Write(origin, () =>
        {
            db.GroupLinks.Upsert(new GroupLinkDoc
            {
                Id = $"{origin.Channel}:{origin.ChatId}", KoperasiId = origin.KoperasiId,
                LinkedBy = UserDoc.KeyOf(origin.Channel, origin.UserId), LinkedUtc = db.UtcNow,
            });
            return WriteResult.Recorded(describe());
        });
}
