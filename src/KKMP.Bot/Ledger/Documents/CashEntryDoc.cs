using LiteDB;

namespace KKMP.Bot.Ledger.Documents;

public enum CashKind { Opening, OpeningCorrection, In, Out, Expense, Savings, SavingsWithdrawal, Reversal }

/// <summary>
/// One append-only cash entry that is not a sale or a purchase (those are stock movements): the opening
/// balance, a dated correction of it, money in or out (modal, setor bank) and expenses (listrik, sewa, …).
/// Like a movement it is its own audit record and its id is its instant (<see cref="Ledger.MovementIds"/>,
/// from the same clock), so cash entries and movements interleave in one time order.
/// </summary>
public sealed class CashEntryDoc
{
    [BsonId]
    public ObjectId Id { get; set; } = ObjectId.Empty;
    /// <summary>The message key ("channel:chatId:messageId") that recorded it.</summary>
    public string Key { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public CashKind Kind { get; set; }
    /// <summary>Signed change of cash in whole rupiah: positive in, negative out.</summary>
    public long AmountRupiah { get; set; }
    /// <summary>The chart-of-accounts code on the other side of the entry (Modal, Beban listrik, Kas di bank, …).</summary>
    public string AccountCode { get; set; } = "";
    /// <summary>The user's words about it; never null (LiteDB stores an empty string as null and reads it back so).</summary>
    public string Note { get; set => field = value ?? ""; } = "";
    /// <summary>The member a simpanan entry belongs to (Savings, SavingsWithdrawal), else null.</summary>
    public int? MemberNumber { get; set; }
    /// <summary>For a <see cref="CashKind.Reversal"/> (/batal): the key of the entry it mirrors.</summary>
    public string? ReversesKey { get; set; }
    public long AtTicks { get; set; }
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
    public string RawText { get; set; } = "";
    public string Summary { get; set; } = "";

    [BsonIgnore]
    public DateTime AtUtc => new(AtTicks, DateTimeKind.Utc);
}
