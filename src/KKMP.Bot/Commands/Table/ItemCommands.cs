using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/barang and its sub-commands: tambah, alias, kemasan, minimum, info, titip, ganti-nama, arsip, acuan.</summary>
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
            Declare.Command<ItemCommodity, ReferencePriceHandler>(Board, (h, c, map) => h.MapItem(c, map),
                new CommandExample(CommandExamples.ItemCommodity, "pakai harga acuan resmi (HET) untuk barang ini")) with { Word = "/barang acuan" },
            Declare.Command<ItemDetail, ProductHandler>(Readers, (h, c, detail) => h.Detail(c, detail),
                new CommandExample(ProductRules.DetailExample, "rincian satu barang: merek, SKU, asal, TKDN, titipan")),
            Declare.Command<ItemProductInfo, ProductHandler>(Writers, (h, c, info) => h.SetInfo(c, info),
                new CommandExample(ProductRules.InfoExample, $"isi data produk untuk katalog ({ProductRules.Fields}; merek=- menghapus)")),
            Declare.Command<ItemConsignment, ConsignmentHandler>(Writers, (h, c, consignment) => h.Mark(c, consignment),
                new CommandExample(ProductRules.ConsignmentExample, "barang titip jual dari UMKM: harga titip dan komisi koperasi")),
            Declare.Command<ItemRename, ItemHandler>(Board, (h, c, rename) => h.Rename(c, rename),
                new CommandExample(CommandExamples.ItemRename, "ganti nama barang (catatan lamanya tetap)")),
            Declare.Command<ItemArchive, ItemHandler>(Board, (h, c, archive) => h.Archive(c, archive),
                new CommandExample(CommandExamples.ItemArchive, "arsipkan barang yang tidak dijual lagi")),
        ],
    };
}
