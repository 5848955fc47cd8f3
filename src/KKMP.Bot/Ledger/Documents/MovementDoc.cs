namespace KKMP.Bot.Ledger.Documents;

public enum MovementKind { Count, Received, Sold, Adjustment, Reversal }

/// <summary>
/// One append-only stock movement, in the item's base unit. Current stock is the sum of deltas.
/// A count (opname) records the delta that brings stock to the counted quantity, and keeps the
/// counted quantity itself in <see cref="CountedQuantity"/>.
/// </summary>
public sealed class MovementDoc
{
    public int Id { get; set; }
    public string KoperasiId { get; set; } = "";
    public int ItemId { get; set; }
    public MovementKind Kind { get; set; }
    public decimal Delta { get; set; }
    public decimal? CountedQuantity { get; set; }
    /// <summary>Price (sale) or cost (received) per base unit.</summary>
    public long? UnitPriceRupiah { get; set; }
    /// <summary>Sale revenue (negative on a reversed sale).</summary>
    public long AmountRupiah { get; set; }
    /// <summary>For a reversal: the movement it reverses and that movement's kind.</summary>
    public int? ReversesId { get; set; }
    public MovementKind? ReversedKind { get; set; }
    public DateTime AtUtc { get; set; }
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
}
