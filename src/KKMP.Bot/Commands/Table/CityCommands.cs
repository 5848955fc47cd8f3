using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Table;

/// <summary>/kota: the pembina's view of the city's cooperatives (aggregates only).</summary>
internal static class CityCommands
{
    public static CommandGroup City { get; } = new("kota", AccountRules.City)
    {
        Menu = "Koperasi sekota berdampingan (pembina)",
        AloneWithoutSlash = true, // "kota mana?" is a question
        Commands =
        [
            Declare.Command<CityView, CityHandler>([Role.Pembina, Role.Admin], (h, c, view) => h.View(c, view),
                new CommandExample(CommandExamples.CityView, "tabel koperasi sekota: lapor, penjualan, stok habis, di atas HET")),
        ],
    };
}
