using ClosedXML.Excel;
using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Books;

/// <summary>The XLSX is read back with ClosedXML and checked cell by cell against the ledger.</summary>
public class WorkbookTests
{
    private static (BooksFixture Books, BookReport Report, XLWorkbook Workbook) Shop()
    {
        var books = new BooksFixture();
        var rice = books.AddItem("Beras");
        var sugar = books.AddItem("Gula Pasir");
        books.CashEntry(CashKind.Opening, 2_000_000, books.Chart.Equity.Code, "modal awal");
        books.Receive(rice.Id, 50, 575_000);                     // 11.500/kg
        books.Receive(sugar.Id, 20, 300_000, onCredit: true);    // 15.000/kg
        books.Count(sugar.Id, 25);                                // +5 kg at 15.000
        books.Sell(rice.Id, 10, 125_000);
        books.Sell(sugar.Id, 4, 70_000);
        books.Sell(rice.Id, 2, 25_000, user: "b");
        books.Undo("b");
        books.CashEntry(CashKind.Expense, -150_000, books.Chart.Expense("listrik")!.Code, "token");
        var telur = books.AddItem("Telur");
        books.Receive(telur.Id, 7, null);                         // no price: unknown cost
        var report = books.Reports.Build(BooksFixture.Kop, books.ThisMonth);
        return (books, report, new XLWorkbook(new MemoryStream(BooksWorkbook.Write(report))));
    }

    [Fact]
    public void The_workbook_has_every_sheet_with_the_cooperative_and_period_in_its_title_and_a_frozen_header()
    {
        var (books, report, workbook) = Shop();
        using (books) using (workbook)
        {
            Assert.Equal(["Ringkasan", "Buku Kas", "Penjualan per barang", "Persediaan", "Jurnal", "Neraca Saldo", "Perhitungan Hasil Usaha", "Neraca"],
                workbook.Worksheets.Select(w => w.Name));
            foreach (var sheet in workbook.Worksheets)
            {
                Assert.StartsWith("KKMP Sukamaju — ", sheet.Cell(1, 1).GetString());
                Assert.Contains(report.Period.Label, sheet.Cell(2, 1).GetString());
                Assert.Equal(4, sheet.SheetView.SplitRow);
            }
            Assert.Contains("#,##0", workbook.Worksheet("Ringkasan").Cell(5, 2).Style.NumberFormat.Format);
            foreach (var (name, dateColumn, moneyColumn) in new[] { ("Buku Kas", 1, 4), ("Jurnal", 1, 6) })
            {
                var sheet = workbook.Worksheet(name);
                Assert.Equal("dd/mm/yyyy", sheet.Cell(5, dateColumn).Style.NumberFormat.Format);
                Assert.Contains("#,##0", sheet.Cell(sheet.LastRowUsed()!.RowNumber() - 1, moneyColumn).Style.NumberFormat.Format);
            }
        }
    }

    [Fact]
    public void Summary_and_results_match_the_ledger()
    {
        var (books, report, workbook) = Shop();
        using (books) using (workbook)
        {
            var summary = workbook.Worksheet("Ringkasan");
            // Sales 125.000 + 70.000; HPP 10 × 11.500 + 4 × 15.000; the undone sale is gone from both.
            Assert.Equal(195_000, summary.Cell(5, 2).GetValue<long>());
            Assert.Equal(175_000, summary.Cell(6, 2).GetValue<long>());
            Assert.Equal(20_000, summary.Cell(7, 2).GetValue<long>());
            Assert.Equal(150_000 - 75_000, summary.Cell(9, 2).GetValue<long>()); // listrik, less the counted surplus
            Assert.Equal(20_000 - 75_000, summary.Cell(10, 2).GetValue<long>());
            Assert.Equal(2_000_000 - 575_000 + 195_000 - 150_000, summary.Cell(12, 2).GetValue<long>());
            Assert.Contains(summary.CellsUsed(), c => c.GetString().Contains("Telur 7 kg"));

            var phu = workbook.Worksheet("Perhitungan Hasil Usaha");
            var net = phu.CellsUsed().Single(c => c.GetString().StartsWith("Sisa hasil usaha")).CellRight();
            Assert.Equal(report.NetProfit, net.GetValue<long>());
        }
    }

    [Fact]
    public void The_cash_book_runs_its_saldo_as_a_formula_ending_at_the_ledgers_cash()
    {
        var (books, report, workbook) = Shop();
        using (books) using (workbook)
        {
            var cash = workbook.Worksheet("Buku Kas");
            var last = cash.LastRowUsed()!.RowNumber();
            Assert.Equal("F5+D6-E6", cash.Cell(6, 6).FormulaA1);
            Assert.Equal(books.Cash.Balance(BooksFixture.Kop), cash.Cell(last, 6).GetValue<long>());
            Assert.Equal(report.CashClosing, cash.Cell(last, 6).GetValue<long>());
            var ins = Enumerable.Range(6, last - 5).Sum(r => cash.Cell(r, 4).GetValue<long>());
            Assert.Equal(2_000_000 + 195_000, ins);
        }
    }

    [Fact]
    public void Trial_balance_and_balance_sheet_say_seimbang_and_match_the_projection()
    {
        var (books, report, workbook) = Shop();
        using (books) using (workbook)
        {
            var trial = workbook.Worksheet("Neraca Saldo");
            var journal = books.Project();
            foreach (var row in trial.Rows(5, 4 + books.Chart.Accounts.Count))
            {
                var account = books.Chart[row.Cell(1).GetString()];
                Assert.Equal(journal.Balance(account), row.Cell(3).GetValue<long>() - row.Cell(4).GetValue<long>());
            }
            Assert.Contains(trial.CellsUsed(), c => c.GetString() == "SEIMBANG");
            Assert.Contains(workbook.Worksheet("Neraca").CellsUsed(), c => c.GetString() == "SEIMBANG");
            Assert.DoesNotContain(workbook.Worksheets.SelectMany(w => w.CellsUsed()), c => c.GetString() == "TIDAK SEIMBANG");
        }
    }

    [Fact]
    public void Sales_and_stock_sheets_match_per_item()
    {
        var (books, _, workbook) = Shop();
        using (books) using (workbook)
        {
            var sales = workbook.Worksheet("Penjualan per barang");
            Assert.Equal(("Beras", 10m, 125_000L, 115_000L, 10_000L), (sales.Cell(5, 1).GetString(), sales.Cell(5, 3).GetValue<decimal>(),
                sales.Cell(5, 5).GetValue<long>(), sales.Cell(5, 6).GetValue<long>(), sales.Cell(5, 7).GetValue<long>()));
            Assert.Equal(("Gula Pasir", 4m, 70_000L), (sales.Cell(6, 1).GetString(), sales.Cell(6, 3).GetValue<decimal>(), sales.Cell(6, 5).GetValue<long>()));

            var stock = workbook.Worksheet("Persediaan");
            var rows = stock.Rows(5, 7).ToDictionary(r => r.Cell(1).GetString());
            Assert.Equal((40m, 460_000L), (rows["Beras"].Cell(3).GetValue<decimal>(), rows["Beras"].Cell(6).GetValue<long>()));
            Assert.Equal((21m, 315_000L), (rows["Gula Pasir"].Cell(3).GetValue<decimal>(), rows["Gula Pasir"].Cell(6).GetValue<long>()));
            Assert.Equal((7m, 0m), (rows["Telur"].Cell(7).GetValue<decimal>(), rows["Telur"].Cell(4).GetValue<decimal>()));
            Assert.Contains("belum diketahui", rows["Telur"].Cell(8).GetString());
            Assert.True(rows["Telur"].Cell(5).IsEmpty(), "unknown cost is left blank, not zero");
        }
    }

    [Fact]
    public void The_journal_sheet_balances_and_sums_each_days_sales_into_one_entry()
    {
        var (books, _, workbook) = Shop();
        using (books) using (workbook)
        {
            var journal = workbook.Worksheet("Jurnal");
            var total = journal.CellsUsed().Single(c => c.GetString() == "Jumlah").WorksheetRow();
            Assert.Equal(total.Cell(6).GetValue<long>(), total.Cell(7).GetValue<long>());
            var saleRows = journal.Rows(5, total.RowNumber() - 1).Where(r => r.Cell(3).GetString().StartsWith("Penjualan tunai")).ToList();
            Assert.Contains("(3 transaksi, 1 dibatalkan)", saleRows[0].Cell(3).GetString());
            Assert.Equal(195_000, saleRows.Where(r => r.Cell(4).GetString() == books.Chart.Sales.Code).Sum(r => r.Cell(7).GetValue<long>()));
        }
    }

    [Fact]
    public void A_period_before_the_first_entry_has_no_books()
    {
        using var books = new BooksFixture();
        var error = Assert.Throws<PeriodError>(() => books.Reports.Build(BooksFixture.Kop, books.ThisMonth));
        Assert.Contains("Belum ada catatan", error.Message);

        books.CashEntry(CashKind.Opening, 1_000, books.Chart.Equity.Code);
        var lastYear = new PeriodSpec.Year(books.Reports.Today(BooksFixture.Kop).Year - 1).Resolve(books.Reports.Today(BooksFixture.Kop));
        Assert.Contains("Belum ada catatan", Assert.Throws<PeriodError>(() => books.Reports.Build(BooksFixture.Kop, lastYear)).Message);
    }
}
