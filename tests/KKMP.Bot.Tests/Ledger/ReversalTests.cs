using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Ledger;

public class ReversalTests
{
    private static WriteResult Undo(LedgerFixture ledger, string user = "u1") =>
        ledger.Stock.ReverseLast(ledger.Origin("kop-a", user), "kosong", (_, _) => "negatif", (_, original, _) => $"batal {original.Kind}");

    [Fact]
    public void Undo_appends_a_reversing_movement_and_deletes_nothing()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 10);
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -4);

        var undo = Undo(ledger);

        Assert.Equal("batal Sold", undo.Text);
        var movements = ledger.Stock.Movements("kop-a", rice.Id);
        Assert.Equal([MovementKind.Received, MovementKind.Sold, MovementKind.Reversal], movements.Select(m => m.Kind));
        Assert.Equal(movements[1].Key, movements[2].ReversesKey);
        Assert.Equal(10, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
        Assert.Equal(10, ledger.Stock.StockFromMovements("kop-a", rice.Id));
    }

    [Fact]
    public void Undo_walks_back_the_users_own_entries_one_at_a_time_and_never_anothers()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 10, price: 1);
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -1, user: "kasir");
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -2, user: "kasir");
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -3, user: "lain");

        Undo(ledger, "kasir");
        Undo(ledger, "kasir");
        var third = Undo(ledger, "kasir");

        Assert.Equal(WriteStatus.Rejected, third.Status);
        Assert.Equal("kosong", third.Text);
        Assert.Equal(7, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
    }

    [Fact]
    public void Undo_that_would_make_stock_negative_is_refused()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras");
        ledger.Move("kop-a", rice.Id, MovementKind.Received, 5, user: "gudang");
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -5, user: "kasir");

        var undo = Undo(ledger, "gudang");

        Assert.Equal(("negatif", WriteStatus.Rejected), (undo.Text, undo.Status));
        Assert.Equal(0, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
    }
}
