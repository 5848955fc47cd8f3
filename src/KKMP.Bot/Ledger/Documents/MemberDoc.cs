using LiteDB;

namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// One member of a cooperative. Deliberately minimal (UU 27/2022 on personal data): name, number, join and
/// leave dates and the linked chat user. No NIK, address or phone number is ever stored. A member who
/// leaves keeps the record (savings and SHU history refer to it), marked with the leave date.
/// </summary>
public sealed class MemberDoc
{
    /// <summary>"koperasiId:number": the number is unique within its cooperative.</summary>
    [BsonId]
    public string Id { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public long JoinedTicks { get; set; }
    public long? LeftTicks { get; set; }
    public string LeaveReason { get; set { field = value ?? ""; } } = "";
    /// <summary>The chat user ("channel:userId") linked with /undang anggota, or null.</summary>
    public string? LinkedUser { get; set; }

    public static string IdOf(string koperasiId, int number) => $"{koperasiId}:{number}";

    [BsonIgnore]
    public bool HasLeft => LeftTicks is not null;

    /// <summary>"0012": how members see and type their number.</summary>
    [BsonIgnore]
    public string Code => FormatNumber(Number);

    public static string FormatNumber(int number) => number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
