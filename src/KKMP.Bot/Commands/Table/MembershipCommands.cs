using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/undang (invite codes), /gabung (redeem one) and the admin's /koperasi tambah.</summary>
internal static class MembershipCommands
{
    public static CommandGroup Invite { get; } = new("undang", AccountRules.Invite)
    {
        Menu = "Buat kode undangan: /undang pengelola, atau /undang grup untuk menghubungkan grup",
        Commands =
        [
            // A code shown in a group can be redeemed by whoever in the group is quickest: codes are minted in private.
            Declare.Command<Invite, MembershipHandler>(Board, (h, c, invite) => h.Invite(c, invite),
                new CommandExample(CommandExamples.Invite, "buat kode undangan sekali pakai")) with { Chats = ChatKinds.Private },
            Declare.Command<GroupInvite, MembershipHandler>(Board, (h, c, _) => h.InviteGroup(c),
                new CommandExample(CommandExamples.GroupInvite, "kode untuk menghubungkan grup Telegram (kirim /gabung KODE di grup itu)")) with { Chats = ChatKinds.Private },
            Declare.Command<CityInvite, CityHandler>(AdminOnly, (h, c, invite) => h.Invite(c, invite),
                new CommandExample(CommandExamples.CityInvite, "kode undangan pembina sebuah kota")) with { Chats = ChatKinds.Private, Word = "/undang pembina" },
        ],
    };

    public static CommandGroup Join { get; } = new("gabung", AccountRules.Join)
    {
        Menu = "Gabung ke koperasi (atau hubungkan grup) dengan kode: /gabung KODE",
        LoneWordIntro = "Untuk bergabung, minta kode undangan ke pengurus koperasi Anda, lalu kirim kodenya:",
        Commands =
        [
            Declare.Command<Join, MembershipHandler>(Everyone, (h, c, join) => h.Join(c, join),
                new CommandExample(CommandExamples.Join, "bergabung dengan kode undangan")) with { NeedsCooperative = false },
        ],
    };

    public static CommandGroup Cooperatives { get; } = new("koperasi", AccountRules.Cooperative)
    {
        Commands =
        [
            Declare.Command<CooperativeAdd, MembershipHandler>(AdminOnly, (h, c, add) => h.AddCooperative(c, add),
                new CommandExample(CommandExamples.CooperativeAdd, "daftarkan koperasi baru")) with { NeedsCooperative = false, Word = "/koperasi tambah" },
            Declare.Command<CooperativeProvince, ReferencePriceHandler>(Board, (h, c, province) => h.SetProvince(c, province),
                new CommandExample(CommandExamples.CooperativeProvince, "provinsi koperasi (menentukan zona harga acuan)")) with { Word = "/koperasi provinsi" },
        ],
    };
}
