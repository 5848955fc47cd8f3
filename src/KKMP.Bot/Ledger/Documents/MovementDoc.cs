using LiteDB;

namespace KKMP.Bot.Ledger.Documents;

public enum MovementKind { Count, Received, Sold, Adjustment, Reversal }

/// <summary>
/// One append-only stock movement, in the item's base unit. Current stock is the sum of deltas.
/// A count (opname) records the delta that brings stock to the counted quantity, and keeps the
/// counted quantity itself in <see cref="CountedQuantity"/>.
/// A movement is also its own audit record: it keeps the message key ("channel:chatId:messageId"),
/// who, when, the raw text and the reply. (One document per sale instead of movement + audit halves
/// the pages each sale writes.) Its id is its instant (<see cref="Ledger.MovementIds"/>), so the primary
/// key orders movements by time; the message key is not indexed (idempotency: Ledger.RecordedMessages).
/// </summary>
public sealed class MovementDoc
{
    [BsonId]
    public ObjectId Id { get; set; } = ObjectId.Empty;
    /// <summary>The message key ("channel:chatId:messageId") that recorded it.</summary>
    public string Key { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public int ItemId { get; set; }
    public MovementKind Kind { get; set; }
    public decimal Delta { get; set; }
    public decimal? CountedQuantity { get; set; }
    /// <summary>Price (sale) or cost (received) per base unit.</summary>
    public long? UnitPriceRupiah { get; set; }
    /// <summary>Sale revenue, or a receipt's purchase cost as typed (quantity × price per typed unit); negated on a reversal.</summary>
    public long AmountRupiah { get; set; }
    /// <summary>A sale attributed to a member (/jual … untuk 0012) for jasa transaksi; null for a non-member sale.</summary>
    public int? MemberNumber { get; set; }
    /// <summary>A receipt bought on credit (/masuk … utang): the books owe the supplier instead of paying cash.</summary>
    public bool OnCredit { get; set; }
    /// <summary>For a reversal: the key of the movement it reverses and that movement's kind.</summary>
    public string? ReversesKey { get; set; }
    public MovementKind? ReversedKind { get; set; }
    /// <summary>
    /// For an item sold on titip jual: the terms in force when this movement was recorded (a reversal carries
    /// its original's). Such stock is the supplier's, so the books keep it off Persediaan; see <see cref="Books.BookProjection"/>.
    /// </summary>
    public ConsignmentTerms? Consignment { get; set; }
    /// <summary>UTC ticks, the same instant as <see cref="Id"/> (finer than the millisecond LiteDB keeps for dates).</summary>
    public long AtTicks { get; set; }
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
    public string RawText { get; set; } = "";
    public string Summary { get; set; } = "";

    [BsonIgnore]
    public DateTime AtUtc => new(AtTicks, DateTimeKind.Utc);
}
