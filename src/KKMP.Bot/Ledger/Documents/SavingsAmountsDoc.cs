using LiteDB;

namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// The simpanan amounts the board set (/simpanan atur): wajib per month, pokok once. Append-only, so the
/// history stays; the newest applies.
/// </summary>
public sealed class SavingsAmountsDoc
{
    [BsonId]
    public ObjectId Id { get; set; } = ObjectId.NewObjectId();
    public string KoperasiId { get; set; } = "";
    public long? WajibMonthly { get; set; }
    public long? Pokok { get; set; }
    public long AtTicks { get; set; }
}
