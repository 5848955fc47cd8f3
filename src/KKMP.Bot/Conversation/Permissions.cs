using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Conversation;

/// <summary>Which role may run which command (within its own cooperative). One table, checked before any handler runs.</summary>
public static class Permissions
{
    private static readonly Role[] Everyone = [Role.Anggota, Role.Pengawas, Role.Pengelola, Role.Pengurus, Role.Pembina, Role.Admin];
    private static readonly Role[] Readers = [Role.Pengawas, Role.Pengelola, Role.Pengurus, Role.Pembina, Role.Admin];
    private static readonly Role[] Writers = [Role.Pengelola, Role.Pengurus, Role.Admin];
    private static readonly Role[] Board = [Role.Pengurus, Role.Admin];
    private static readonly Role[] AdminOnly = [Role.Admin];

    public static IReadOnlyList<Role> AllowedRoles(Command command) => command switch
    {
        HelpCommand or PriceQuery or Join => Everyone,
        StockList or Recap or ItemList => Readers,
        StockCount or GoodsReceived or Sale or SetPrice or Undo => Writers,
        ItemAdd or ItemAlias or ItemPacking or ItemLowStock or Invite or GroupInvite => Board,
        CooperativeAdd => AdminOnly,
        _ => AdminOnly,
    };

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
