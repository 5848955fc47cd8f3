using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Users per (channel, user id) with their cooperative and role, and group-chat links.</summary>
public sealed class UserDirectory(LedgerDb db)
{
    public UserDoc? Get(string channel, string userId) => db.Users.FindById(UserDoc.KeyOf(channel, userId));

    /// <summary>
    /// Binds a user to a cooperative and role directly. Trusted callers only: configuration, the
    /// terminal operator, tests. Chat users get roles through invite codes.
    /// </summary>
    public UserDoc Assign(string channel, string userId, string koperasiId, Role role, string? displayName = null)
    {
        var user = new UserDoc
        {
            Id = UserDoc.KeyOf(channel, userId), KoperasiId = koperasiId, Role = role,
            DisplayName = displayName, UpdatedUtc = DateTime.UtcNow,
        };
        db.Users.Upsert(user);
        return user;
    }

    public GroupLinkDoc? GroupLink(string channel, string chatId) => db.GroupLinks.FindById($"{channel}:{chatId}");

    public WriteResult LinkGroup(WriteOrigin origin, Func<string> describe) =>
        db.Write(origin, () =>
        {
            db.GroupLinks.Upsert(new GroupLinkDoc
            {
                Id = $"{origin.Channel}:{origin.ChatId}", KoperasiId = origin.KoperasiId,
                LinkedBy = UserDoc.KeyOf(origin.Channel, origin.UserId), LinkedUtc = DateTime.UtcNow,
            });
            return WriteResult.Recorded(describe());
        });
}
