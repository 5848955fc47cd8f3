using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// /titip (titip jual settlement) and /katalog (product list draft). Money owed to suppliers and the file stay
/// in private chats, read by those who keep or oversee the books (the product fields are set with /barang info).
/// </summary>
internal static class CatalogueCommands
{
    public const string SettlementExample = "/titip bulan ini";
    public const string CatalogueExample = "/katalog";

    public static CommandGroup Settlement { get; } = new("titip", args => new ConsignmentSettlement(
        Books.Reports.PeriodReader.Read(Tokenizer.Join(args), SettlementExample)))
    {
        Synonyms = ["titipan", "konsinyasi"],
        // "titip beras dulu ya" is chat: without the slash only the word alone is the command.
        AloneWithoutSlash = true,
        Menu = "Setoran titip jual per pemasok UMKM",
        Commands =
        [
            Declare.Command<ConsignmentSettlement, CatalogueHandler>(BookCommands.BookReaders, (h, c, s) => h.Settlement(c, s),
                new CommandExample(SettlementExample, "per pemasok titip jual: terjual × harga titip − komisi = yang dibayar (juga: bulan lalu, 2026-11)"))
                with { Chats = ChatKinds.Private },
        ],
    };

    public static CommandGroup Catalogue { get; } = new("katalog", args => args.Count == 0
        ? new CatalogueExport()
        : throw GrammarError.With("/katalog dikirim tanpa kata tambahan; berkasnya memuat semua barang aktif.", CatalogueExample))
    {
        // "katalog elektronik itu apa?" is a question for the assistant.
        AloneWithoutSlash = true,
        Menu = "Draf katalog produk (XLSX) untuk Katalog Elektronik",
        Commands =
        [
            Declare.Command<CatalogueExport, CatalogueHandler>(BookCommands.BookReaders, (h, c, e) => h.Export(c, e),
                new CommandExample(CatalogueExample, "draf XLSX daftar produk (nama, merek, SKU, asal, satuan, harga, stok, kab/kota) untuk diperiksa sebelum unggah"))
                with { Chats = ChatKinds.Private },
        ],
    };
}
