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

    /// <summary>The low-stock rule: below (not at) the item's minimum.</summary>
    public bool IsLowAt(decimal stock) => LowStockLevel is { } level && stock < level;
    /// <summary>Current selling price per base unit; history lives in the prices collection.</summary>
    public long? PriceRupiah { get; set; }
    public DateTime? PriceSinceUtc { get; set; }
    /// <summary>
    /// Current stock: the sum of this item's movement deltas. Catalog reads fill it in from
    /// <see cref="StockLevels"/>; the value stored with the item document is only the stock at its
    /// last catalogue change and is never read back (movements are not written to the item).
    /// </summary>
    public decimal Stock { get; set; }
}
