using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Tests.Ledger;

public class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_sales_never_take_stock_below_zero_on_a_file_database()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kkmp-conc-").FullName, "kkmp.db");
        using var db = LedgerDb.Open(path);
        var catalog = new Catalog(db);
        var stock = new StockBook(db, catalog);
        new CooperativeDirectory(db).Upsert(new CooperativeDoc { Id = "kop-a", Name = "A" });
        var item = new ItemDoc { Name = "Gula", BaseUnit = "kg" };
        catalog.AddItem(new WriteOrigin("kop-a", "t", "c", "u", "add", ""), item, i => i.Name, i => i.Name);
        stock.Append(new WriteOrigin("kop-a", "t", "c", "u", "in", ""), item.Id, _ =>
            new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Received, Delta = 50 }, (_, _) => ""));

        // 200 cashiers each try to sell 1 kg at once; only 50 kg exist.
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            stock.Append(new WriteOrigin("kop-a", "t", "c", $"kasir{i}", $"sale-{i}", ""), item.Id, current =>
                current.Stock < 1
                    ? new MovementPlan.Reject("habis")
                    : new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Sold, Delta = -1 }, (_, _) => "ok")))));

        Assert.Equal(50, results.Count(r => r.Status == WriteStatus.Recorded));
        Assert.Equal(150, results.Count(r => r.Status == WriteStatus.Rejected));
        Assert.Equal(0, catalog.GetItem("kop-a", item.Id)!.Stock);
        Assert.Equal(0, stock.StockFromMovements("kop-a", item.Id));
    }

    [Fact]
    public async Task The_same_message_delivered_concurrently_is_recorded_once()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 100);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            ledger.Move("kop-a", rice.Id, MovementKind.Sold, -1, messageId: "same"))));

        Assert.Single(results, r => r.Status == WriteStatus.Recorded);
        Assert.Equal(99, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
    }
}
