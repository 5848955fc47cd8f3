using KKMP.Bot.Ledger;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Conversation;

/// <summary>
/// Who is speaking: role and cooperative from the user's record, admins from configuration, a group
/// chat's cooperative from its link. A stranger is an anggota of the default cooperative, so a
/// newcomer can read prices and nothing else. Nothing a remote user types can raise their role:
/// roles come from invite codes, configuration, or the terminal operator (who sits at the machine).
/// </summary>
public sealed class IdentityResolver(UserDirectory users, CooperativeDirectory cooperatives, IOptions<BotOptions> options)
{
    public Asker Resolve(IncomingMessage message)
    {
        var user = users.Get(message.Channel, message.UserId);
        var isAdmin = options.Value.AdminUserIds.Contains($"{message.Channel}:{message.UserId}", StringComparer.OrdinalIgnoreCase);
        var role = isAdmin ? Role.Admin : user?.Role ?? Role.Anggota;
        var koperasi = user?.KoperasiId ?? DefaultKoperasiId();

        if (message.IsGroup && users.GroupLink(message.Channel, message.ChatId) is { } link)
        {
            // In a linked group the group's cooperative applies; someone from another cooperative is only a reader there.
            if (!isAdmin && !string.Equals(link.KoperasiId, user?.KoperasiId, StringComparison.Ordinal) && role != Role.Pembina)
                role = Role.Anggota;
            koperasi = link.KoperasiId;
        }
        return new Asker(message.Channel, message.UserId, role, koperasi);
    }

    public string? DefaultKoperasiId()
    {
        var configured = options.Value.DefaultKoperasiId;
        if (!string.IsNullOrWhiteSpace(configured) && cooperatives.Get(configured) is not null) return configured;
        if (cooperatives.Get(DemoSeed.KoperasiId) is not null) return DemoSeed.KoperasiId;
        return cooperatives.List().FirstOrDefault()?.Id;
    }
}
