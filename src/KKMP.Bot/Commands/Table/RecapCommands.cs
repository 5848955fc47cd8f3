using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/rekap (a day's sales) and /batal (reverse one's own last entry).</summary>
internal static class RecapCommands
{
    public static CommandGroup Recap { get; } = new("rekap", AccountRules.Recap)
    {
        Menu = "Rekap penjualan hari ini atau kemarin",
        Commands =
        [
            Declare.Command<Recap, RecapHandler>(Readers, (h, c, recap) => h.Recap(c, recap),
                new CommandExample(CommandExamples.Recap, "rekap penjualan hari ini (/rekap kemarin, /rekap 20/11)"),
                new CommandExample(CommandExamples.RecapYesterday, "rekap kemarin atau tanggal tertentu") { InHelp = false },
                new CommandExample(CommandExamples.RecapPeriod, "penjualan per barang selama satu periode (minggu ini, bulan lalu, 20/11-30/11)") { InHelp = false },
                new CommandExample(CommandExamples.RecapOf, "rekap satu koperasi sekota (pembina)") { InHelp = false }),
        ],
    };

    public static CommandGroup Undo { get; } = new("batal", AccountRules.Undo)
    {
        Menu = "Batalkan catatan terakhir Anda",
        AloneWithoutSlash = true,
        Commands =
        [
            Declare.Command<Undo, UndoHandler>(Writers, (h, c, _) => h.Undo(c),
                new CommandExample(CommandExamples.Undo, "batalkan catatan Anda yang terakhir")) with { Records = true },
        ],
    };
}
