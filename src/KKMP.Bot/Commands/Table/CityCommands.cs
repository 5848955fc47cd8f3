using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// /kota and /bandingkan: the pembina's view of the city's cooperatives (aggregates only); /berbagi, /cari,
/// /hubungi and /balas: cooperatives of a city finding stock at each other and writing through the bot.
/// </summary>
internal static class CityCommands
{
    private static readonly Role[] CityOfficers = [Role.Pembina, Role.Admin];

    public static CommandGroup City { get; } = new("kota", AccountRules.City)
    {
        Menu = "Koperasi sekota berdampingan (pembina)",
        AloneWithoutSlash = true, // "kota mana?" is a question
        Commands =
        [
            Declare.Command<CityView, CityHandler>(CityOfficers, (h, c, view) => h.View(c, view),
                new CommandExample(CommandExamples.CityView, "tabel koperasi sekota: lapor, penjualan, stok habis, di atas HET")),
        ],
    };

    public static CommandGroup Compare { get; } = new("bandingkan", CityRules.Compare)
    {
        SlashOnly = true,
        Commands =
        [
            Declare.Command<CompareItem, CompareHandler>(CityOfficers, (h, c, compare) => h.Compare(c, compare),
                new CommandExample(CityExamples.Compare, "harga dan stok satu barang di koperasi sekota, dengan grafik")),
        ],
    };
}
