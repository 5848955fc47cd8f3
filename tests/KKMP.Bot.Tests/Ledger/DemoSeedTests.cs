using KKMP.Bot.Ledger;
using LiteDB;

namespace KKMP.Bot.Tests.Ledger;

public class DemoSeedTests
{
    [Fact]
    public void Demo_cooperative_is_marked_as_demo_has_sembako_with_prices_and_stock_and_seeds_once()
    {
        using var db = LedgerDb.InMemory();

        DemoSeed.Run(db);
        DemoSeed.Run(db);

        var demo = new CooperativeDirectory(db).Get(DemoSeed.KoperasiId)!;
        Assert.True(demo.IsDemo);
        Assert.Contains("DEMO", demo.Name);
        var items = new Catalog(db).ListItems(DemoSeed.KoperasiId);
        Assert.Equal(["Beras", "Gula Pasir", "Minyak Goreng", "Telur", "Tepung Terigu"], items.Select(i => i.Name));
        Assert.All(items, i => Assert.True(i.PriceRupiah > 0 && i.Stock > 0));
        Assert.Equal(25, items.Single(i => i.Name == "Beras").Packing["karung"]);
    }
}
