using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/barang info "minyak goreng": one item's detail (product fields, price, stock, titip jual terms).</summary>
public sealed record ItemDetail(string Item) : Command;

/// <summary>A product field /barang info can set or clear.</summary>
public enum ProductField { Merek, Sku, Asal, Tkdn, Keterangan }

/// <summary>
/// /barang info "minyak goreng" merek=Bimoli sku=BM-1L asal=lokal tkdn=45 "minyak sawit 1 liter": sets the
/// fields given (null: left as it is) and clears those in <see cref="Cleared"/> (typed as merek=-).
/// </summary>
public sealed record ItemProductInfo(string Item, string? Brand, string? Sku, ItemOrigin? Origin, decimal? Tkdn, string? Description) : Command
{
    public IReadOnlySet<ProductField> Cleared { get; init; } = new HashSet<ProductField>();
}

/// <summary>
/// /barang titip "Keripik Tempe Bu Sri" bungkus "UMKM Bu Sri" 8.000 10%: the item is titip jual from that
/// supplier at the agreed price per unit and the cooperative's commission (percent of the agreed price).
/// </summary>
public sealed record ItemConsignment(string Item, string Unit, string Supplier, long AgreedPrice, decimal CommissionPercent) : Command;
/// <summary>/titip [periode]: what each titip jual supplier is owed for the period's sales.</summary>
public sealed record ConsignmentSettlement(Books.Reports.PeriodSpec Period) : Command;

/// <summary>/katalog: an XLSX draft of the cooperative's products for a Katalog Elektronik listing.</summary>
public sealed record CatalogueExport : Command;
