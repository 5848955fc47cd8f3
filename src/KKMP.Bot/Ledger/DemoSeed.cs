using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>
/// The demo cooperative seeded on first start so a newcomer sees prices at once. It is named as a
/// demo and flagged <see cref="CooperativeDoc.IsDemo"/>; `Ledger:SeedDemo=false` turns it off.
/// </summary>
public static class DemoSeed
{
    public const string KoperasiId = "demo";
    public const string Name = "Koperasi Demo Merah Putih (DEMO)";

    private sealed record Sembako(string Name, string Unit, string[] Aliases, long Price, decimal Stock, decimal Low,
        Dictionary<string, decimal>? Packing = null);

    private static readonly Sembako[] Items =
    [
        new("Beras", "kg", ["beras medium"], 12_500, 100, 20, new() { ["karung"] = 25, ["sak"] = 25 }),
        new("Minyak Goreng", "liter", ["migor", "minyakita"], 15_700, 48, 12, new() { ["dus"] = 12 }),
        new("Gula Pasir", "kg", ["gula"], 17_500, 50, 10),
        new("Telur", "kg", ["telur ayam"], 28_000, 30, 5),
        new("Tepung Terigu", "kg", ["terigu", "tepung"], 11_000, 25, 5),
    ];

    /// <summary>Seeds once: does nothing when the demo cooperative already exists.</summary>
    public static void Run(LedgerDb db)
    {
        var cooperatives = new CooperativeDirectory(db);
        if (cooperatives.Get(KoperasiId) is not null) return;
        cooperatives.Upsert(new CooperativeDoc
        {
            Id = KoperasiId, Name = Name, Village = "Desa Contoh", City = "Kota Contoh", IsDemo = true,
        });

        var catalog = new Catalog(db);
        var stock = new StockBook(db, catalog);
        foreach (var seed in Items)
        {
            var item = new ItemDoc
            {
                Name = seed.Name, BaseUnit = seed.Unit, Aliases = [.. seed.Aliases], LowStockLevel = seed.Low,
                Packing = seed.Packing ?? [],
            };
            catalog.AddItem(Origin($"item-{seed.Name}"), item, i => i.Name, i => i.Name);
            catalog.SetPrice(Origin($"price-{seed.Name}"), item.Id, seed.Price, i => i.Name);
            stock.Append(Origin($"stock-{seed.Name}"), item.Id, _ => new MovementPlan.Append(
                new MovementDoc { Kind = MovementKind.Count, Delta = seed.Stock, CountedQuantity = seed.Stock }, (i, _) => i.Name));
        }
    }

    private static WriteOrigin Origin(string messageId) => new(KoperasiId, "system", "seed", "seed", messageId, "demo seed");
}
