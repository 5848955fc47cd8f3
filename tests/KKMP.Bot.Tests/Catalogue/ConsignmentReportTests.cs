using ClosedXML.Excel;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Books;

namespace KKMP.Bot.Tests.Catalogue;

/// <summary>The /laporan workbook with titip jual goods, read back with ClosedXML: off the stock sheet, owed on the neraca.</summary>
public class ConsignmentReportTests
{
    private static long Amount(IXLWorksheet sheet, string label) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == label).Cell(2).GetValue<long>();

    [Fact]
    public void Titip_jual_goods_stay_off_persediaan_and_the_neraca_owes_the_supplier_what_sold_less_commission()
    {
        using var books = new BooksFixture();
        books.CashEntry(CashKind.Opening, 100_000, books.Chart.Equity.Code, "modal awal");
        var rice = books.AddItem("Beras");
        books.Receive(rice.Id, 10, 115_000, onCredit: true);
        var crisps = books.AddConsignedItem("Keripik Tempe", 8_000, 10);
        books.Receive(crisps.Id, 20, null);
        books.Sell(crisps.Id, 5, 40_000);

        var report = books.Reports.Build(BooksFixture.Kop, books.ThisMonth);
        using var workbook = new XLWorkbook(new MemoryStream(BooksWorkbook.Write(report)));

        Assert.DoesNotContain(workbook.Worksheet("Persediaan").CellsUsed(), c => c.GetString().Contains("Keripik", StringComparison.Ordinal));
        var balance = workbook.Worksheet("Neraca");
        Assert.Equal(115_000, Amount(balance, "Persediaan barang dagangan")); // the rice only: 20 bungkus of keripik are not the cooperative's
        Assert.Equal(36_000, Amount(balance, "Utang titip jual (UMKM)"));
        Assert.Equal(140_000, Amount(balance, "Kas"));
        Assert.Contains(balance.CellsUsed(), c => c.GetString() == "SEIMBANG");
        Assert.Equal(4_000, Amount(workbook.Worksheet("Perhitungan Hasil Usaha"), "Pendapatan komisi titip jual"));
        Assert.Equal(0, Amount(workbook.Worksheet("Perhitungan Hasil Usaha"), "Penjualan"));
        var sold = Assert.Single(report.Sales);
        Assert.Equal(("Keripik Tempe", 5m, 4_000L, 0L), (sold.Item, sold.Quantity, sold.Revenue, sold.CostOfSales));
    }
}
