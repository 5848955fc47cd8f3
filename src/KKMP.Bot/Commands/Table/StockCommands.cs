using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/stok (list or count), /masuk (goods received) and /jual (sale).</summary>
internal static class StockCommands
{
    public static CommandGroup Stock { get; } = new("stok", ShopRules.Stock)
    {
        Menu = "Lihat stok atau catat stok opname: /stok beras 50 kg",
        Commands =
        [
            Declare.Command<StockList, StockHandler>(Readers, (h, c, list) => h.List(c, list),
                new CommandExample(CommandExamples.StockList, "daftar stok"),
                new CommandExample(CommandExamples.StockListOf, "stok satu koperasi sekota (pembina)") { InHelp = false }),
            Declare.Command<StockCount, StockHandler>(Writers, (h, c, count) => h.Count(c, count),
                new CommandExample(CommandExamples.StockCount, "catat hasil hitung stok (opname)")) with { Records = true },
        ],
    };

    public static CommandGroup Received { get; } = new("masuk", ShopRules.Received)
    {
        Menu = "Catat barang masuk: /masuk minyak 48 liter @14.500",
        Commands =
        [
            Declare.Command<GoodsReceived, StockHandler>(Writers, (h, c, received) => h.Received(c, received),
                new CommandExample(CommandExamples.Received, "catat barang masuk (harga beli opsional)")) with { Records = true },
        ],
    };

    public static CommandGroup Sell { get; } = new("jual", ShopRules.Sell)
    {
        Menu = "Catat penjualan: /jual gula 2 kg",
        Commands =
        [
            Declare.Command<Sale, SaleHandler>(Writers, (h, c, sale) => h.Sell(c, sale),
                new CommandExample(CommandExamples.Sale, "catat penjualan dengan harga berlaku"),
                new CommandExample(CommandExamples.SaleWithPrice, "catat penjualan dengan harga tertentu") { InHelp = false }) with { Records = true },
        ],
    };
}
