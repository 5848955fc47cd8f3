using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Ledger;

public class CooperativeIsolationTests
{
    [Fact]
    public void One_cooperative_cannot_read_another_cooperatives_items_prices_or_stock()
    {
        using var ledger = new LedgerFixture();
        ledger.AddItem("kop-a", "Beras", price: 12_500, stock: 40);
        ledger.AddItem("kop-b", "Gula", price: 17_000, stock: 5);
        var reader = new ShopReader(ledger.Catalog, new ItemResolver(ledger.Catalog), ledger.Cooperatives);

        Assert.Equal(["Gula"], reader.ListPrices("kop-b").Select(p => p.ItemName));
        Assert.Equal(["Gula"], reader.ListStock("kop-b").Select(s => s.ItemName));
        Assert.Null(reader.FindPrice("kop-b", "beras").Match);
        Assert.Equal(12_500, reader.FindPrice("kop-a", "beras").Match!.PriceRupiah);
    }

    [Fact]
    public void A_write_that_names_another_cooperatives_item_is_rejected_and_changes_nothing()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 40);
        ledger.AddItem("kop-b", "Gula", stock: 5);

        var sale = ledger.Move("kop-b", rice.Id, MovementKind.Sold, -10);
        var price = ledger.Catalog.SetPrice(ledger.Origin("kop-b"), rice.Id, 1, i => i.Name);

        Assert.Equal(WriteStatus.Rejected, sale.Status);
        Assert.Equal(WriteStatus.Rejected, price.Status);
        var after = ledger.Catalog.GetItem("kop-a", rice.Id)!;
        Assert.Equal(40, after.Stock);
        Assert.Equal(10_000, after.PriceRupiah);
        Assert.Null(ledger.Catalog.GetItem("kop-b", rice.Id));
        Assert.Empty(ledger.Stock.Movements("kop-b", rice.Id));
    }

    [Fact]
    public void Same_item_name_in_two_cooperatives_are_two_separate_items()
    {
        using var ledger = new LedgerFixture();
        var a = ledger.AddItem("kop-a", "Beras", stock: 10);
        var b = ledger.AddItem("kop-b", "Beras", stock: 99);

        ledger.Move("kop-a", a.Id, MovementKind.Sold, -3);

        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(7, ledger.Catalog.GetItem("kop-a", a.Id)!.Stock);
        Assert.Equal(99, ledger.Catalog.GetItem("kop-b", b.Id)!.Stock);
    }
}
