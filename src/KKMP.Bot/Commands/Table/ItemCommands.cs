using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/barang and its sub-commands: tambah, alias, kemasan, minimum, ganti-nama, arsip.</summary>
internal static class ItemCommands
{
    public static CommandGroup Items { get; } = new("barang", ItemRules.Items)
    {
        Menu = "Daftar dan kelola barang",
        Commands =
        [
            Declare.Command<ItemList, ItemHandler>(Readers, (h, c, _) => h.List(c),
                new CommandExample(CommandExamples.ItemList, "daftar barang, alias dan kemasan")),
            Declare.Command<ItemAdd, ItemHandler>(Board, (h, c, add) => h.Add(c, add),
                new CommandExample(CommandExamples.ItemAdd, "tambah barang")),
            Declare.Command<ItemAlias, ItemHandler>(Board, (h, c, alias) => h.Alias(c, alias),
                new CommandExample(CommandExamples.ItemAlias, "tambah nama lain")),
            Declare.Command<ItemPacking, ItemHandler>(Board, (h, c, packing) => h.Packing(c, packing),
                new CommandExample(CommandExamples.ItemPacking, "1 karung beras = 25 kg")),
            Declare.Command<ItemLowStock, ItemHandler>(Board, (h, c, low) => h.LowStock(c, low),
                new CommandExample(CommandExamples.ItemLowStock, "batas stok menipis")),
            Declare.Command<ItemRename, ItemHandler>(Board, (h, c, rename) => h.Rename(c, rename),
                new CommandExample(CommandExamples.ItemRename, "ganti nama barang (catatan lamanya tetap)")),
            Declare.Command<ItemArchive, ItemHandler>(Board, (h, c, archive) => h.Archive(c, archive),
                new CommandExample(CommandExamples.ItemArchive, "arsipkan barang yang tidak dijual lagi")),
        ],
    };
}
