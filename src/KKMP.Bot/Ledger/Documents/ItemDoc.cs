namespace KKMP.Bot.Ledger.Documents;

/// <summary>A catalogue item of one cooperative's shop.</summary>
public sealed class ItemDoc
{
    public int Id { get; set; }
    public string KoperasiId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Canonical unit stock and prices are kept in (kg, liter, butir, …).</summary>
    public string BaseUnit { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    /// <summary>Packing units: pack unit → how many base units one pack holds (karung → 25 kg).</summary>
    public Dictionary<string, decimal> Packing { get; set; } = [];
    public decimal? LowStockLevel { get; set; }
    /// <summary>Current selling price per base unit, rounded to whole rupiah (for lists); history lives in the prices collection.</summary>
    public long? PriceRupiah { get; set; }
    /// <summary>
    /// The price exactly as it was set: <see cref="PriceAmount"/> rupiah for <see cref="PriceQuantity"/> base units
    /// (Rp190.000 for 12 liter when set per dus), so a price set per packing unit reads back, and sells, exactly.
    /// Null on items priced before this was kept: <see cref="PriceRupiah"/> per one base unit applies.
    /// </summary>
    public long? PriceAmount { get; set; }
    public decimal? PriceQuantity { get; set; }
    /// <summary>The unit the price was set in (dus), for the echo.</summary>
    public string? PriceUnit { get; set; }
    /// <summary>Archived items keep their id (movements point at it) but leave lists and name matching.</summary>
    public bool Archived { get; set; }
    public DateTime? PriceSinceUtc { get; set; }
    /// <summary>The official commodity this item is (beras-medium, minyakita, …): its ceiling or reference price is shown beside the shop's.</summary>
    public string? Commodity { get; set; }
    /// <summary>Product fields a Katalog Elektronik listing asks for (/barang info); all optional.</summary>
    public string? Brand { get; set; }
    public string? Sku { get; set; }
    public ItemOrigin? Origin { get; set; }
    /// <summary>Tingkat Komponen Dalam Negeri, 0–100 %.</summary>
    public decimal? TkdnPercent { get; set; }
    public string? Description { get; set; }
    /// <summary>Titip jual: the goods belong to a UMKM supplier (see <see cref="ConsignmentTerms"/>); null for the cooperative's own goods.</summary>
    public ConsignmentTerms? Consignment { get; set; }
    /// <summary>
    /// Current stock: the sum of this item's movement deltas. Catalog reads fill it in from
    /// <see cref="StockLevels"/>; the value stored with the item document is only the stock at its
    /// last catalogue change and is never read back (movements are not written to the item).
    /// </summary>
    public decimal Stock { get; set; }

    /// <summary>
    /// A private copy (lists and the packing table copied too). MemberwiseClone rather than a field list,
    /// so a field added later is never silently dropped from the ledger's cached copies.
    /// </summary>
    public ItemDoc Copy()
    {
        var copy = (ItemDoc)MemberwiseClone();
        copy.Aliases = [.. Aliases];
        copy.Packing = new Dictionary<string, decimal>(Packing);
        copy.Consignment = Consignment?.Copy();
        return copy;
    }
}
