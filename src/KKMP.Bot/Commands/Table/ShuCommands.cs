using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// /shu and /rat: the SHU by the cooperative's ART and the RAT pack. Per-member figures go only to the
/// cooperative's officers and to each member about themselves, in private chats; the pembina sees totals only.
/// </summary>
internal static class ShuCommands
{
    /// <summary>The year's split: the cooperative's officers (with the largest member shares) and the pembina (totals only).</summary>
    public static readonly Role[] ShuReaders = [.. MemberCommands.MemberReaders, Role.Pembina];

    public static CommandGroup Shu { get; } = new("shu", ShuRules.Shu)
    {
        AlsoAQuestionWord = true,
        Menu = "SHU tahunan dan pembagiannya: /shu 2026",
        Commands =
        [
            Declare.Command<ShuYear, ShuHandler>(ShuReaders, (h, c, y) => h.Year(c, y),
                new CommandExample(ShuRules.YearExample, "SHU setahun dari laporan keuangan dan pembagiannya menurut ART")) with { Chats = ChatKinds.Private },
            Declare.Command<OwnShu, ShuHandler>(Everyone, (h, c, o) => h.Own(c, o),
                new CommandExample(ShuRules.OwnExample, "perkiraan SHU saya tahun ini (akun yang terhubung ke data anggota)"),
                new CommandExample("SHU saya berapa?", "sama, tanpa garis miring") { InHelp = false }) with { Chats = ChatKinds.Private },
            Declare.Command<ShuSetRules, ShuHandler>(Board, (h, c, s) => h.SetRules(c, s),
                new CommandExample(ShuRules.SetExample, "persentase pembagian SHU sesuai ART (jumlahnya harus 100), berlaku mulai tahun ini"),
                new CommandExample(ShuRules.SetExample + " mulai 2027", "berlaku mulai tahun buku 2027") { InHelp = false })
                with { Records = true, Chats = ChatKinds.Private, Word = "/shu atur" },
        ],
    };

    /// <summary>The RAT pack: the board and the supervisors (and the admin), who prepare and check the RAT.</summary>
    public static CommandGroup Rat { get; } = new("rat", ShuRules.Rat)
    {
        AlsoAQuestionWord = true,
        Menu = "Paket RAT tahunan (berkas XLSX): /rat 2026",
        Commands =
        [
            Declare.Command<RatPack, RatHandler>([Role.Pengurus, Role.Pengawas, Role.Admin], (h, c, r) => h.Pack(c, r),
                new CommandExample(ShuRules.RatExample, "paket RAT: laporan keuangan, pembagian SHU, SHU dan simpanan per anggota, stok, perubahan anggota (XLSX)"))
                with { Chats = ChatKinds.Private },
        ],
    };
}
