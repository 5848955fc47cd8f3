using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using static KKMP.Bot.Commands.Table.RoleSets;

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

    public static CommandGroup Share { get; } = new("berbagi", CityRules.Sharing)
    {
        SlashOnly = true,
        Commands =
        [
            Declare.Command<StockSharing, SharingHandler>(Board, (h, c, share) => h.Share(c, share),
                new CommandExample(CityExamples.SharingOn, "tampilkan ketersediaan stok ke koperasi sekota (kisaran saja)"),
                new CommandExample(CityExamples.SharingOff, "berhenti berbagi stok") { InHelp = false }) with { Records = true },
        ],
    };

    public static CommandGroup Search { get; } = new("cari", CityRules.Search)
    {
        SlashOnly = true,
        Commands =
        [
            Declare.Command<StockSearch, SharingHandler>(Writers, (h, c, search) => h.Search(c, search),
                new CommandExample(CityExamples.Search, "koperasi sekota yang punya stok sebanyak itu")),
        ],
    };

    public static CommandGroup Contact { get; } = new("hubungi", CityRules.Message)
    {
        SlashOnly = true,
        Commands =
        [
            Declare.Command<CooperativeMessage, ContactHandler>(Writers, (h, c, message) => h.Message(c, message),
                new CommandExample(CityExamples.Message, "kirim pesan ke pengurus koperasi sekota lewat bot")),
        ],
    };

    public static CommandGroup ContactReply { get; } = new("balas", CityRules.Reply)
    {
        SlashOnly = true,
        Commands =
        [
            Declare.Command<CooperativeReply, ContactHandler>(Board, (h, c, reply) => h.Answer(c, reply),
                new CommandExample(CityExamples.Reply, "balas pesan dari koperasi sekota")),
        ],
    };
}
