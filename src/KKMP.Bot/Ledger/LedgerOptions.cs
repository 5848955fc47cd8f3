namespace KKMP.Bot.Ledger;

public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>The LiteDB file; its directory is created on start.</summary>
    public string Path { get; set; } = "data/kkmp.db";

    /// <summary>Seed the demo cooperative (with sembako items, prices and stock) on first start.</summary>
    public bool SeedDemo { get; set; } = true;
}
