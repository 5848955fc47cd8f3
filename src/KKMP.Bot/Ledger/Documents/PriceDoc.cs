namespace KKMP.Bot.Ledger.Documents;

/// <summary>One selling-price change (price history; never updated or deleted).</summary>
public sealed class PriceDoc
{
    public int Id { get; set; }
    public string KoperasiId { get; set; } = "";
    public int ItemId { get; set; }
    /// <summary>Per base unit, rounded; the exact price is <see cref="Amount"/> for <see cref="Quantity"/> base units.</summary>
    public long PriceRupiah { get; set; }
    public long Amount { get; set; }
    public decimal Quantity { get; set; } = 1;
    public string? Unit { get; set; }
    public DateTime SinceUtc { get; set; }
    public string SetBy { get; set; } = "";
}
