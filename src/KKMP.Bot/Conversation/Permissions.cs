using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Table;

namespace KKMP.Bot.Conversation;

/// <summary>Which role may run which command: read from each command's declaration in <see cref="CommandTable"/>.</summary>
public static class Permissions
{
    public static IReadOnlyList<Role> AllowedRoles(Command command) => CommandTable.AllowedRoles(command);

    public static bool Allows(Role role, Command command) => AllowedRoles(command).Contains(role);

    /// <summary>Roles a role may hand out with /undang: the board invites up to its own level; only admins invite a pembina.</summary>
    public static bool MayInvite(Role inviter, Role invited) => inviter switch
    {
        Role.Admin => invited != Role.Admin,
        Role.Pengurus => invited is Role.Anggota or Role.Pengawas or Role.Pengelola or Role.Pengurus,
        _ => false,
    };

    public static string Name(Role role) => role.ToString().ToLowerInvariant();
}
