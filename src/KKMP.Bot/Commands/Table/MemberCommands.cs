using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// /anggota: the member register. Names of members stay in private chats, and the city's pembina never
/// sees per-member data (only the cooperative's own officers do).
/// </summary>
internal static class MemberCommands
{
    /// <summary>Who reads per-member data: the cooperative's officers, not members and not the pembina.</summary>
    public static readonly Role[] MemberReaders = [Role.Pengelola, Role.Pengurus, Role.Pengawas, Role.Admin];

    public static CommandGroup Members { get; } = new("anggota", MemberRules.Member)
    {
        Menu = "Daftar anggota, tambah, keluar: /anggota",
        Commands =
        [
            Declare.Command<MemberList, MemberHandler>(MemberReaders, (h, c, l) => h.List(c, l),
                new CommandExample(MemberRules.ListExample, "daftar anggota (20 per halaman)"),
                new CommandExample("/anggota hal 2", "halaman berikutnya") { InHelp = false }) with { Chats = ChatKinds.Private },
            Declare.Command<MemberShow, MemberHandler>(MemberReaders, (h, c, s) => h.Show(c, s),
                new CommandExample(MemberRules.ShowExample, "data satu anggota")) with { Chats = ChatKinds.Private },
            Declare.Command<MemberAdd, MemberHandler>(Board, (h, c, a) => h.Add(c, a),
                new CommandExample(MemberRules.AddExample, "tambah anggota (nomor dibuat otomatis, atau tulis di akhir)"))
                with { Records = true, Chats = ChatKinds.Private, Word = "/anggota tambah" },
            Declare.Command<MemberLeave, MemberHandler>(Board, (h, c, l) => h.Leave(c, l),
                new CommandExample(MemberRules.LeaveExample, "anggota keluar (datanya tetap disimpan)"))
                with { Records = true, Chats = ChatKinds.Private, Word = "/anggota keluar" },
        ],
    };
}
