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
    /// <summary>Current selling price per base unit; history lives in the prices collection.</summary>
    public long? PriceRupiah { get; set; }
    public DateTime? PriceSinceUtc { get; set; }
    /// <summary>
    /// Running sum of this item's movement deltas, updated in the same transaction as each movement
    /// so reading stock does not rescan the whole history. The movements remain the source of truth.
    /// </summary>
    public decimal Stock { get; set; }
}
