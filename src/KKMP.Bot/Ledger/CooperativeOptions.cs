namespace KKMP.Bot.Ledger;

/// <summary>A cooperative declared in configuration (`Cooperatives:0:Id`, `Cooperatives:0:Name`, …).</summary>
public sealed class CooperativeOptions
{
    public const string SectionName = "Cooperatives";

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Village { get; set; } = "";
    public string City { get; set; } = "";
    /// <summary>Province (Jawa Timur): gives the zone of the official reference prices.</summary>
    public string Province { get; set; } = "";
    public string TimeZone { get; set; } = CooperativeDirectory.DefaultTimeZone;
}
