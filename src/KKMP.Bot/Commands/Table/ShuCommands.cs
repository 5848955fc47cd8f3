using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// /shu and /rat: the SHU by the cooperative's ART and the RAT pack. Per-member figures go only to the
/// cooperative's officers and to each member about themselves, in private chats; the pembina sees totals only.
/// </summary>
internal static class ShuCommands
{
    public static CommandGroup Shu { get; } = new("shu", ShuRules.Shu)
    {
        Menu = "SHU tahunan dan pembagiannya: /shu 2026",
        Commands =
        [
            Declare.Command<ShuSetRules, ShuHandler>(Board, (h, c, s) => h.SetRules(c, s),
                new CommandExample(ShuRules.SetExample, "persentase pembagian SHU sesuai ART (jumlahnya harus 100), berlaku mulai tahun ini"),
                new CommandExample(ShuRules.SetExample + " mulai 2027", "berlaku mulai tahun buku 2027") { InHelp = false })
                with { Records = true, Chats = ChatKinds.Private, Word = "/shu atur" },
        ],
    };
}
