using KKMP.Bot.Books;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Catalogue;

/// <summary>How an item's product fields and titip jual terms read, in the chat and in the catalogue draft.</summary>
public static class ProductText
{
    public static string Origin(ItemOrigin origin) => origin == ItemOrigin.Lokal ? "lokal" : "impor";

    public static string Percent(decimal value) => $"{IndonesianFormat.Number(value)} %";

    /// <summary>"merek Bimoli, SKU BM-1L, asal lokal, TKDN 45 %", or "" when none is set.</summary>
    public static string Fields(ItemDoc item) => string.Join(", ", new[]
    {
        item.Brand is { } brand ? $"merek {brand}" : null,
        item.Sku is { } sku ? $"SKU {sku}" : null,
        item.Origin is { } origin ? $"asal {Origin(origin)}" : null,
        item.TkdnPercent is { } tkdn ? $"TKDN {Percent(tkdn)}" : null,
    }.OfType<string>());

    /// <summary>The product fields a listing needs that the item lacks ("merek, SKU, harga").</summary>
    public static IReadOnlyList<string> Missing(ItemDoc item) =>
    [
        .. item.Brand is null ? ["merek"] : Array.Empty<string>(),
        .. item.Sku is null ? ["SKU"] : Array.Empty<string>(),
        .. item.Origin is null ? ["asal"] : Array.Empty<string>(),
        .. item.PriceRupiah is null ? ["harga"] : Array.Empty<string>(),
    ];

    /// <summary>"titip jual dari UMKM Bu Sri: harga titip Rp8.000/bungkus, komisi 10 % (Rp800), hak pemasok Rp7.200/bungkus".</summary>
    public static string Consignment(ConsignmentTerms terms, string unit)
    {
        var commission = ConsignmentMath.Commission(1, terms);
        return $"titip jual dari {terms.Supplier}: harga titip {IndonesianFormat.Rupiah(terms.AgreedPriceRupiah)}/{unit}, " +
               $"komisi {Percent(terms.CommissionPercent)} ({IndonesianFormat.Rupiah(commission)}), " +
               $"hak pemasok {IndonesianFormat.Rupiah(terms.AgreedPriceRupiah - commission)}/{unit}";
    }
}
