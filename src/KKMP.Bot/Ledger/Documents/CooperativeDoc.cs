namespace KKMP.Bot.Ledger.Documents;

/// <summary>One cooperative (koperasi). Its <see cref="Id"/> is the scope of every other record.</summary>
public sealed class CooperativeDoc
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Village { get; set; } = "";
    public string City { get; set; } = "";
    /// <summary>Province (Jawa Timur): gives the zone of the official reference prices.</summary>
    public string? Province { get; set; }
    /// <summary>IANA time zone: local days ("hari ini", recaps) are computed in it.</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";
    public bool IsDemo { get; set; }
    /// <summary>/berbagi aktif: the city's other cooperatives see this one's stock in bands (/cari) and may message its pengurus (/hubungi).</summary>
    public bool SharesStock { get; set; }
    public DateTime CreatedUtc { get; set; }
}
