using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/harga (also asked as "harga beras berapa?") and /setharga.</summary>
internal static class PriceCommands
{
    public static CommandGroup Prices { get; } = new("harga", args => PriceQuestion.Read(args, fromQuestion: false))
    {
        Menu = "Cek harga barang, mis. /harga beras",
        Commands =
        [
            Declare.Command<PriceQuery, PriceHandler>(Everyone, (h, c, query) => h.List(c, query),
                new CommandExample(CommandExamples.PriceList, "daftar harga"),
                new CommandExample(CommandExamples.Price, "harga satu barang (atau tanya: \"harga beras berapa?\")")),
        ],
    };

    public static CommandGroup SetPrice { get; } = new("setharga", ShopRules.SetPrice)
    {
        Menu = "Atur harga jual: /setharga beras 12.500",
        Commands =
        [
            Declare.Command<SetPrice, PriceHandler>(Writers, (h, c, set) => h.Set(c, set),
                new CommandExample(CommandExamples.SetPrice, "ubah harga jual per satuan"),
                new CommandExample(CommandExamples.SetPricePerUnit, "harga per satuan tertentu") { InHelp = false }) with { Records = true },
        ],
    };
}
