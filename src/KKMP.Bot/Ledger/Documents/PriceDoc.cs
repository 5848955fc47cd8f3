namespace KKMP.Bot.Ledger.Documents;

/// <summary>One selling-price change (price history; never updated or deleted).</summary>
public sealed class PriceDoc
{
    public int Id { get; set; }
    public string KoperasiId { get; set; } = "";
    public int ItemId { get; set; }
    public long PriceRupiah { get; set; }
    public DateTime SinceUtc { get; set; }
    public string SetBy { get; set; } = "";
}
