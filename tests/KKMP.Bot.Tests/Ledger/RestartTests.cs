using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Ledger;

/// <summary>
/// Current stock lives in memory between movements and is summed from the movements when the ledger
/// opens: a restart must give back the same stock, the same idempotency and the same stock check.
/// </summary>
public class RestartTests
{
    private static WriteOrigin Origin(string messageId) => new("kop-a", "telegram", "chat", "kasir", messageId, "/jual beras 3 kg");

    private static MovementPlan Sell(ItemDoc current, decimal quantity) => quantity > current.Stock
        ? new MovementPlan.Reject($"tidak cukup: ada {current.Stock}")
        : new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Sold, Delta = -quantity }, (after, _) => $"sisa {after.Stock}");

    [Fact]
    public void Stock_idempotency_and_the_stock_check_survive_a_restart()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kkmp-restart-").FullName, "kkmp.db");
        int itemId;
        using (var db = LedgerDb.Open(path))
        {
            var catalog = new Catalog(db);
            var stock = new StockBook(db, catalog);
            new CooperativeDirectory(db).Upsert(new CooperativeDoc { Id = "kop-a", Name = "A" });
            var item = new ItemDoc { Name = "Beras", BaseUnit = "kg" };
            catalog.AddItem(Origin("add"), item, i => i.Name, i => i.Name);
            itemId = item.Id;
            stock.Append(Origin("in"), itemId, _ => new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Received, Delta = 10 }, (_, _) => "masuk"));
            Assert.Equal("sisa 7", stock.Append(Origin("sale-1"), itemId, current => Sell(current, 3)).Text);
        }

        using (var reopened = LedgerDb.Open(path))
        {
            var catalog = new Catalog(reopened);
            var stock = new StockBook(reopened, catalog);
            Assert.Equal(7, catalog.GetItem("kop-a", itemId)!.Stock);
            Assert.Equal(7, catalog.ListItems("kop-a").Single().Stock);

            var again = stock.Append(Origin("sale-1"), itemId, current => Sell(current, 3));
            Assert.Equal(WriteStatus.AlreadyRecorded, again.Status);
            Assert.EndsWith("sisa 7", again.Text);

            var tooMuch = stock.Append(Origin("sale-2"), itemId, current => Sell(current, 8));
            Assert.Equal((WriteStatus.Rejected, "tidak cukup: ada 7"), (tooMuch.Status, tooMuch.Text));

            Assert.Equal("sisa 0", stock.Append(Origin("sale-3"), itemId, current => Sell(current, 7)).Text);
            Assert.Equal(0, catalog.GetItem("kop-a", itemId)!.Stock);
            Assert.Equal(0, stock.StockFromMovements("kop-a", itemId));
        }
    }

    [Fact]
    public void A_redelivered_sale_is_answered_as_recorded_even_when_the_stock_has_run_out_since()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 3);
        var origin = ledger.Origin("kop-a", messageId: "sold-out");

        Assert.Equal(WriteStatus.Recorded, ledger.Stock.Append(origin, rice.Id, current => Sell(current, 3)).Status);
        var redelivered = ledger.Stock.Append(origin, rice.Id, current => Sell(current, 3));

        Assert.Equal(WriteStatus.AlreadyRecorded, redelivered.Status);
        Assert.EndsWith("sisa 0", redelivered.Text);
        Assert.Equal(0, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
    }
}
