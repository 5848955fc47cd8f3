using KKMP.Bot.Books;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Books;

public class JournalTests
{
    [Fact]
    public void A_sale_posts_revenue_to_cash_and_cost_at_the_moving_average()
    {
        using var books = new BooksFixture();
        var rice = books.AddItem("Beras");
        books.Receive(rice.Id, 10, 100_000);            // 10 kg at 10.000
        books.Receive(rice.Id, 10, 130_000);            // 10 kg at 13.000 → average 11.500
        books.Sell(rice.Id, 4, 56_000);

        var journal = books.Project();
        var sale = journal.Entries.Single(e => e.Kind == EntryKind.Sale);

        Assert.Equal(56_000, sale.Net(books.Chart.Cash));
        Assert.Equal(-56_000, sale.Net(books.Chart.Sales));
        Assert.Equal(46_000, sale.Net(books.Chart.CostOfSales));
        Assert.Equal(-46_000, sale.Net(books.Chart.Inventory));
        Assert.Equal(230_000 - 46_000, journal.Balance(books.Chart.Inventory));
        Assert.Equal(16m, journal.Layers[rice.Id].KnownQuantity);
    }

    [Fact]
    public void A_receipt_on_credit_is_owed_to_the_supplier_not_paid_from_cash()
    {
        using var books = new BooksFixture();
        var oil = books.AddItem("Minyak Goreng", "liter");
        books.Receive(oil.Id, 12, 174_000, onCredit: true);

        var journal = books.Project();

        Assert.Equal(0, journal.Balance(books.Chart.Cash));
        Assert.Equal(-174_000, journal.Balance(books.Chart.Payables));
        Assert.Equal(174_000, journal.Balance(books.Chart.Inventory));
    }

    [Fact]
    public void Stock_without_a_known_cost_is_kept_apart_and_never_valued_at_zero()
    {
        using var books = new BooksFixture();
        var sugar = books.AddItem("Gula Pasir");
        books.Count(sugar.Id, 20);                      // opening count, no price known
        books.Receive(sugar.Id, 10, 150_000);
        books.Sell(sugar.Id, 25, 437_500);              // 20 of unknown cost go first, then 5 at 15.000

        var journal = books.Project();
        var sale = journal.Entries.Single(e => e.Kind == EntryKind.Sale);

        Assert.Equal(20m, sale.UnknownCostQuantity);
        Assert.Equal(75_000, sale.Net(books.Chart.CostOfSales));
        Assert.Equal((5m, 75_000L, 0m), (journal.Layers[sugar.Id].KnownQuantity, journal.Layers[sugar.Id].KnownValue, journal.Layers[sugar.Id].UnknownQuantity));
    }

    [Fact]
    public void A_count_difference_goes_to_selisih_persediaan_at_the_average_cost()
    {
        using var books = new BooksFixture();
        var egg = books.AddItem("Telur");
        books.Receive(egg.Id, 10, 280_000);
        books.Count(egg.Id, 9.5m);

        var count = books.Project().Entries.Single(e => e.Kind == EntryKind.Count);

        Assert.Equal(14_000, count.Net(books.Chart.InventoryDifference));
        Assert.Equal(-14_000, count.Net(books.Chart.Inventory));
    }

    [Fact]
    public void Undo_mirrors_the_entry_it_reverses()
    {
        using var books = new BooksFixture();
        var rice = books.AddItem("Beras");
        books.Receive(rice.Id, 10, 120_000, user: "gudang");
        books.Sell(rice.Id, 2, 25_000);
        books.Undo();

        var entries = books.Project().Entries;
        var sale = entries.Single(e => e.Kind == EntryKind.Sale);
        var reversal = entries.Single(e => e.Kind == EntryKind.Reversal);

        Assert.Equal(EntryKind.Sale, reversal.Reverses);
        Assert.Equal(sale.Lines.Select(l => (l.Account.Code, l.Credit, l.Debit)), reversal.Lines.Select(l => (l.Account.Code, l.Debit, l.Credit)));
        Assert.StartsWith("Batal: Penjualan Beras 2 kg", reversal.Description);
    }

    [Fact]
    public void Undoing_a_receipt_after_prices_moved_keeps_inventory_equal_to_the_costed_units()
    {
        using var books = new BooksFixture();
        var rice = books.AddItem("Beras");
        books.Receive(rice.Id, 10, 100_000, user: "a");
        books.Receive(rice.Id, 10, 200_000, user: "b"); // average 15.000
        books.Sell(rice.Id, 10, 200_000, user: "c");    // leaves 10 kg worth 150.000
        books.Undo("b");                                // pays back 200.000 for 10 kg now worth 150.000

        var journal = books.Project();

        Assert.Equal(0m, journal.Layers[rice.Id].Quantity);
        Assert.Equal(0, journal.Balance(books.Chart.Inventory));
        Assert.Equal(-50_000, journal.Entries[^1].Net(books.Chart.InventoryDifference));
    }

    [Fact]
    public void Cash_entries_post_against_the_account_they_name()
    {
        using var books = new BooksFixture();
        books.CashEntry(CashKind.Opening, 1_250_000, books.Chart.Equity.Code);
        books.CashEntry(CashKind.Expense, -150_000, books.Chart.Expense("listrik")!.Code, "token");

        var journal = books.Project();

        Assert.Equal(1_100_000, journal.Balance(books.Chart.Cash));
        Assert.Equal(150_000, journal.Balance(books.Chart.Expense("listrik")!));
        Assert.Equal(1_100_000, books.Cash.Balance(BooksFixture.Kop));
        Assert.Equal("Beban listrik: token", journal.Entries[^1].Description);
    }

    [Fact]
    public void The_chart_maps_everyday_words_to_accounts()
    {
        var chart = ChartOfAccounts.Default;
        Assert.Equal("Beban gaji / honor", chart.Expense("Honor")!.Name);
        Assert.Null(chart.Expense("pulsa"));
        Assert.Equal("Kas di bank", chart.CounterAccount(cashIn: false, "setor bank BRI").Name);
        Assert.Equal(chart.Equity, chart.CounterAccount(cashIn: true, "modal awal"));
        Assert.Equal("Pendapatan lain-lain", chart.CounterAccount(cashIn: true, "jual kardus bekas").Name);
    }
}
