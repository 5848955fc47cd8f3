using FsCheck;
using FsCheck.Fluent;
using KKMP.Bot.Books;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Books;

/// <summary>
/// Random sequences of what a shop records (receipts with and without a price, on credit, sales, counts,
/// /batal by two users, cash in, expenses, titip jual goods received, sold and counted under changing terms)
/// must always give books that balance, in every period, with titip jual goods never in Persediaan.
/// </summary>
public class JournalPropertyTests
{
    [Fact]
    public void Every_period_of_any_command_sequence_balances() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).Where(a => a.Length > 0).ToArbitrary(),
                Gen.Choose(1, 6).ToArbitrary(), (ops, periods) => Check(ops, periods))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    private static void Check(int[] ops, int periods)
    {
        using var books = new BooksFixture();
        var own = new[] { books.AddItem("Beras"), books.AddItem("Gula Pasir"), books.AddItem("Telur") };
        var consigned = books.AddConsignedItem("Keripik Tempe", 8_000, 10);
        var items = own.Append(consigned).ToArray();
        long expectedCash = 0;
        foreach (var op in ops)
        {
            var item = items[op % 4].Id;
            if (item == consigned.Id && op % 13 == 0) books.SetTerms(item, 1_000L * (1 + op / 17 % 20), op / 5 % 31); // terms change mid-way
            var quantity = 1 + (op / 3 % 40) / 4m;           // 1 … 10,75
            var money = 1_000L * (1 + op / 200 % 500);        // Rp1.000 … Rp500.000
            var user = op % 7 == 0 ? "b" : "a";
            var result = (op / 11 % 9) switch
            {
                0 => books.Receive(item, quantity, money, user: user),
                1 => books.Receive(item, quantity, null, user: user),
                2 => books.Receive(item, quantity, money, onCredit: true, user: user),
                3 or 4 => books.Sell(item, quantity, money, user: user),
                5 => books.Count(item, quantity, user: user),
                6 => books.Undo(user),
                7 => books.CashEntry(CashKind.In, money, books.Chart.Equity.Code, user: user),
                _ => books.CashEntry(CashKind.Expense, -money, books.Chart.Expense("sewa")!.Code, user: user),
            };
            _ = result;
        }

        var events = books.Ledger.Db.BookLog.Events(BooksFixture.Kop);
        var journal = BookProjection.Run(books.Chart, books.Cash.ItemNames(BooksFixture.Kop), events);

        // Every period (the entries cut into consecutive slices) balances: debit = credit.
        var size = Math.Max(1, journal.Entries.Count / periods);
        foreach (var period in journal.Entries.Chunk(size))
            Assert.Equal(period.Sum(e => e.Debits), period.Sum(e => e.Credits));
        Assert.All(journal.Entries, e => Assert.Equal(e.Debits, e.Credits));

        // Persediaan is the value of the costed units; the layers hold exactly the stock the ledger holds.
        Assert.Equal(journal.Layers.Values.Sum(l => l.KnownValue), journal.Balance(books.Chart.Inventory));
        foreach (var item in own)
        {
            var layers = journal.Layers.GetValueOrDefault(item.Id) ?? new CostLayers();
            Assert.Equal(books.Ledger.Stock.StockFromMovements(BooksFixture.Kop, item.Id), layers.Quantity);
            Assert.True(layers.KnownQuantity >= 0 && layers.KnownValue >= 0, "costed stock never goes negative");
            Assert.True(layers.KnownQuantity > 0 || layers.KnownValue == 0, "no value is left on zero units");
        }

        // Titip jual goods are never the cooperative's: no cost layer holds them.
        Assert.Equal(0, journal.Layers.GetValueOrDefault(consigned.Id)?.Quantity ?? 0);

        // Kas, what titip jual suppliers are owed and the commission, recomputed from the raw events by the plain
        // rules (each movement carries the terms it was made under), equal the projected accounts.
        long expectedOwed = 0, expectedCommission = 0;
        foreach (var e in events)
        {
            if (e.Cash is { } c) expectedCash += c.AmountRupiah;
            else if (e.Movement is { } m)
            {
                var kind = m.Kind == MovementKind.Reversal ? m.ReversedKind : m.Kind;
                if (kind == MovementKind.Sold) expectedCash += m.AmountRupiah;
                if (kind == MovementKind.Received && !m.OnCredit && m.Consignment is null) expectedCash -= m.AmountRupiah;
                if (kind == MovementKind.Sold && m.Consignment is { } terms)
                {
                    var sold = -m.Delta; // a reversal gives the units (and the money) back
                    var value = Math.Round(Math.Abs(sold) * terms.AgreedPriceRupiah, MidpointRounding.AwayFromZero);
                    var commission = Math.Round(value * terms.CommissionPercent / 100m, MidpointRounding.AwayFromZero);
                    expectedOwed += Math.Sign(sold) * (long)(value - commission);
                    expectedCommission += m.AmountRupiah - Math.Sign(sold) * (long)(value - commission);
                }
            }
        }
        Assert.Equal(expectedCash, journal.Balance(books.Chart.Cash));
        Assert.Equal(-expectedOwed, journal.Balance(books.Chart.ConsignmentPayable));
        Assert.Equal(-expectedCommission, journal.Balance(books.Chart.ConsignmentIncome));

        // The kept projection (brought up to date by every cash write on the way) equals a fresh one.
        var kept = books.Journal.Read(BooksFixture.Kop, events, p => books.Chart.Accounts.Select(p.Balance).ToList());
        Assert.Equal(books.Chart.Accounts.Select(journal.Balance), kept);
    }
}
