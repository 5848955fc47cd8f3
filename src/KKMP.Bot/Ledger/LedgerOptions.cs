namespace KKMP.Bot.Ledger;

public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>The LiteDB file; its directory is created on start.</summary>
    public string Path { get; set; } = "data/kkmp.db";

    /// <summary>Seed the demo cooperative (with sembako items, prices and stock) on first start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>How often stock is checkpointed (also at start and at shutdown): a start then scans at most this much history.</summary>
    public int CheckpointMinutes { get; set; } = 15;
}
