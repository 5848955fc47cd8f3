using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Properties;

/// <summary>Everything a write can change, as one comparable value.</summary>
internal sealed record LedgerState(int Movements, int Audit, int Prices, string Items)
{
    public static LedgerState Of(RouterHarness harness)
    {
        var db = harness.Get<LedgerDb>();
        var items = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Select(i =>
            $"{i.Id}:{i.Name}|{string.Join(',', i.Aliases)}|{i.PriceRupiah}|{string.Join(',', i.Packing.Select(p => $"{p.Key}={p.Value}"))}|{i.LowStockLevel}|{i.Stock}");
        return new LedgerState(db.Movements.Count(), db.Audit.Count(), db.Prices.Count(), string.Join('\n', items));
    }

    public static void AssertStockConsistent(RouterHarness harness)
    {
        var stock = harness.Get<StockBook>();
        foreach (var item in harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId))
        {
            Assert.True(item.Stock >= 0, $"{item.Name} went below zero: {item.Stock}");
            Assert.Equal(stock.StockFromMovements(DemoSeed.KoperasiId, item.Id), item.Stock);
        }
    }
}
