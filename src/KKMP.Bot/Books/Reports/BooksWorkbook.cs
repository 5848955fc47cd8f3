using ClosedXML.Excel;
using KKMP.Bot.Commands.Formatting;

namespace KKMP.Bot.Books.Reports;

/// <summary>
/// The period's books as an XLSX workbook (ClosedXML): Ringkasan, Buku Kas (running saldo as a formula),
/// Penjualan per barang, Persediaan, Jurnal, Neraca Saldo (with a SEIMBANG check), Perhitungan Hasil
/// Usaha and Neraca. Each sheet has the cooperative's name and the period in its title and a frozen
/// header row; amounts use a rupiah format (Indonesian locale tag, so Excel in Indonesian shows 12.500).
/// The RAT pack (<see cref="Shu.RatWorkbook"/>) reuses the stock, PHU and neraca sheets and the title and formats.
/// </summary>
public static class BooksWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    internal const string Money = "[$-421]#,##0;[$-421]-#,##0;[$-421]0";
    internal const string Quantity = "[$-421]#,##0.###;[$-421]-#,##0.###;[$-421]0";
    internal const string Day = "dd/mm/yyyy";
    internal const int HeaderRow = 4;

    /// <summary>
    /// No package validation and no calculation chain (Excel and LibreOffice build it when they open the file);
    /// formulas are left for them to calculate, as before.
    /// </summary>
    private static readonly SaveOptions Saving = new() { ValidatePackage = false, GenerateCalculationChain = false, EvaluateFormulasBeforeSaving = false };

    public static string FileName(BookReport report) => $"laporan-{report.Cooperative.Id}-{report.Period.FileLabel}.xlsx";

    // Cells are set with SetValue<T>: assigning Value makes ClosedXML try to read every string as a number or date.
    public static byte[] Write(BookReport report)
    {
        using var workbook = new XLWorkbook();
        Summary(workbook.Worksheets.Add("Ringkasan"), report);
        CashBook(workbook.Worksheets.Add("Buku Kas"), report);
        Sales(workbook.Worksheets.Add("Penjualan per barang"), report);
        Stock(workbook.Worksheets.Add("Persediaan"), report);
        Journal(workbook.Worksheets.Add("Jurnal"), report);
        TrialBalance(workbook.Worksheets.Add("Neraca Saldo"), report);
        Results(workbook.Worksheets.Add("Perhitungan Hasil Usaha"), report);
        BalanceSheet(workbook.Worksheets.Add("Neraca"), report);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream, Saving);
        return stream.ToArray();
    }

    private static void Summary(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, "Ringkasan", "Uraian", "Jumlah");
        var rows = new (string Label, long Amount)[]
        {
            ("Penjualan", r.SalesRevenue), ("Harga pokok penjualan (HPP)", r.CostOfSales), ("Laba kotor", r.GrossProfit),
            ("Pendapatan lain-lain", r.OtherIncome), ("Biaya (termasuk selisih persediaan)", r.Expenses), ("Laba bersih", r.NetProfit),
            ("Kas awal", r.CashOpening), ("Kas akhir", r.CashClosing), ("Nilai persediaan (harga pokok diketahui)", r.InventoryValue),
        };
        var row = HeaderRow + 1;
        foreach (var (label, amount) in rows) MoneyRow(sheet, row++, label, amount);
        sheet.Cell(row, 1).SetValue("Transaksi penjualan");
        sheet.Cell(row++, 2).SetValue(r.SaleTransactions);
        foreach (var s in r.UnknownCostStock)
            sheet.Cell(row++, 1).SetValue($"Harga pokok belum diketahui: {s.Item} {IndonesianFormat.Quantity(s.UnknownQuantity, s.Unit)} (tidak dinilai)");
        if (r.UnknownCostSold != 0)
            sheet.Cell(row, 1).SetValue("Sebagian penjualan memakai stok yang harga pokoknya belum diketahui: HPP dan laba kotor belum lengkap.");
        Widths(sheet, 48, 18);
    }

    private static void CashBook(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, "Buku Kas", "Tanggal", "No", "Keterangan", "Masuk", "Keluar", "Saldo");
        ColumnFormats(sheet, (1, Day), (4, Money), (5, Money), (6, Money));
        var row = HeaderRow + 1;
        sheet.Cell(row, 1).SetValue(r.Period.From.ToDateTime(TimeOnly.MinValue));
        sheet.Cell(row, 3).SetValue("Saldo awal");
        sheet.Cell(row, 6).SetValue(r.CashOpening);
        foreach (var c in r.CashBook)
        {
            row++;
            sheet.Cell(row, 1).SetValue(c.Day.ToDateTime(TimeOnly.MinValue));
            sheet.Cell(row, 2).SetValue(c.Number);
            sheet.Cell(row, 3).SetValue(c.Description);
            sheet.Cell(row, 4).SetValue(c.In);
            sheet.Cell(row, 5).SetValue(c.Out);
            sheet.Cell(row, 6).FormulaA1 = $"F{row - 1}+D{row}-E{row}";
        }
        Widths(sheet, 12, 6, 52, 16, 16, 18);
    }

    private static void Sales(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, "Penjualan per barang", "Barang", "Satuan", "Jumlah", "Transaksi", "Penjualan", "HPP", "Laba kotor", "Jumlah tanpa harga pokok");
        var row = HeaderRow;
        foreach (var s in r.Sales)
        {
            row++;
            sheet.Cell(row, 1).SetValue(s.Item);
            sheet.Cell(row, 2).SetValue(s.Unit);
            sheet.Cell(row, 3).SetValue(s.Quantity);
            sheet.Cell(row, 4).SetValue(s.Transactions);
            sheet.Cell(row, 5).SetValue(s.Revenue);
            sheet.Cell(row, 6).SetValue(s.CostOfSales);
            sheet.Cell(row, 7).FormulaA1 = $"E{row}-F{row}";
            sheet.Cell(row, 8).SetValue(s.UnknownCostQuantity);
        }
        var total = row + 1;
        sheet.Cell(total, 1).SetValue("Jumlah");
        foreach (var col in new[] { "D", "E", "F", "G" })
            sheet.Cell($"{col}{total}").FormulaA1 = $"SUM({col}{HeaderRow + 1}:{col}{Math.Max(row, HeaderRow + 1)})";
        sheet.Row(total).Style.Font.Bold = true;
        sheet.Range(HeaderRow + 1, 3, total, 3).Style.NumberFormat.Format = Quantity;
        sheet.Range(HeaderRow + 1, 5, total, 7).Style.NumberFormat.Format = Money;
        sheet.Range(HeaderRow + 1, 8, total, 8).Style.NumberFormat.Format = Quantity;
        Widths(sheet, 28, 9, 12, 11, 16, 16, 16, 14);
    }

    internal static void Stock(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, $"Persediaan per {IndonesianFormat.DateWithoutDay(r.Period.To)}", "Barang", "Satuan", "Stok", "Stok dengan harga pokok",
            "Harga pokok rata-rata", "Nilai", "Stok harga pokok belum diketahui", "Keterangan");
        var row = HeaderRow;
        foreach (var s in r.Stock)
        {
            row++;
            sheet.Cell(row, 1).SetValue(s.Item);
            sheet.Cell(row, 2).SetValue(s.Unit);
            sheet.Cell(row, 3).SetValue(s.Quantity);
            sheet.Cell(row, 4).SetValue(s.KnownQuantity);
            if (s.AverageCost is { } average) sheet.Cell(row, 5).SetValue(Math.Round(average, 2));
            sheet.Cell(row, 6).SetValue(s.Value);
            sheet.Cell(row, 7).SetValue(s.UnknownQuantity);
            if (s.UnknownQuantity != 0) sheet.Cell(row, 8).SetValue("harga pokok belum diketahui (tidak dinilai)");
        }
        var total = row + 1;
        sheet.Cell(total, 1).SetValue("Jumlah");
        sheet.Cell(total, 6).FormulaA1 = $"SUM(F{HeaderRow + 1}:F{Math.Max(row, HeaderRow + 1)})";
        sheet.Row(total).Style.Font.Bold = true;
        sheet.Range(HeaderRow + 1, 3, total, 4).Style.NumberFormat.Format = Quantity;
        sheet.Range(HeaderRow + 1, 5, total, 6).Style.NumberFormat.Format = Money;
        sheet.Range(HeaderRow + 1, 7, total, 7).Style.NumberFormat.Format = Quantity;
        Widths(sheet, 28, 9, 12, 14, 16, 18, 16, 40);
    }

    private static void Journal(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, "Jurnal", "Tanggal", "No", "Keterangan", "Kode akun", "Nama akun", "Debit", "Kredit");
        ColumnFormats(sheet, (1, Day), (6, Money), (7, Money));
        var row = HeaderRow;
        var number = 0;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(r.Cooperative.TimeZone);
        foreach (var entry in r.Journal)
        {
            number++;
            var day = TimeZoneInfo.ConvertTimeFromUtc(entry.AtUtc, zone).Date;
            foreach (var line in entry.Lines)
            {
                row++;
                sheet.Cell(row, 1).SetValue(day);
                sheet.Cell(row, 2).SetValue(number);
                sheet.Cell(row, 3).SetValue(entry.Description);
                sheet.Cell(row, 4).SetValue(line.Account.Code);
                sheet.Cell(row, 5).SetValue(line.Account.Name);
                if (line.Debit != 0) sheet.Cell(row, 6).SetValue(line.Debit);
                if (line.Credit != 0) sheet.Cell(row, 7).SetValue(line.Credit);
            }
        }
        var total = row + 1;
        sheet.Cell(total, 3).SetValue("Jumlah");
        sheet.Cell(total, 6).FormulaA1 = $"SUM(F{HeaderRow + 1}:F{Math.Max(row, HeaderRow + 1)})";
        sheet.Cell(total, 7).FormulaA1 = $"SUM(G{HeaderRow + 1}:G{Math.Max(row, HeaderRow + 1)})";
        sheet.Range(total, 1, total, 7).Style.Font.Bold = true;
        Widths(sheet, 12, 6, 52, 10, 30, 16, 16);
    }

    private static void TrialBalance(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, $"Neraca Saldo per {IndonesianFormat.DateWithoutDay(r.Period.To)}", "Kode", "Akun", "Debit", "Kredit");
        var row = HeaderRow;
        foreach (var b in r.Balances)
        {
            row++;
            sheet.Cell(row, 1).SetValue(b.Account.Code);
            sheet.Cell(row, 2).SetValue(b.Account.Name);
            sheet.Cell(row, 3).SetValue(Math.Max(0, b.Closing));
            sheet.Cell(row, 4).SetValue(Math.Max(0, -b.Closing));
        }
        var total = row + 1;
        sheet.Cell(total, 2).SetValue("Jumlah");
        sheet.Cell(total, 3).FormulaA1 = $"SUM(C{HeaderRow + 1}:C{row})";
        sheet.Cell(total, 4).FormulaA1 = $"SUM(D{HeaderRow + 1}:D{row})";
        sheet.Cell(total + 1, 2).SetValue("Pemeriksaan");
        sheet.Cell(total + 1, 3).FormulaA1 = $"IF(C{total}=D{total},\"SEIMBANG\",\"TIDAK SEIMBANG\")";
        sheet.Range(total, 1, total + 1, 4).Style.Font.Bold = true;
        sheet.Range(HeaderRow + 1, 3, total, 4).Style.NumberFormat.Format = Money;
        Widths(sheet, 8, 36, 18, 18);
    }

    internal static void Results(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, "Perhitungan Hasil Usaha", "Uraian", "Jumlah");
        var c = r.Chart;
        var row = HeaderRow + 1;
        MoneyRow(sheet, row, c.Sales.Name, r.SalesRevenue);
        MoneyRow(sheet, row + 1, c.CostOfSales.Name, r.CostOfSales);
        sheet.Cell(row + 2, 1).SetValue("Laba kotor");
        sheet.Cell(row + 2, 2).FormulaA1 = $"B{row}-B{row + 1}";
        var grossRow = row + 2;
        row += 3;
        var incomeStart = row;
        foreach (var a in c.Accounts.Where(a => a.Type == AccountType.Pendapatan && a != c.Sales)) MoneyRow(sheet, row++, a.Name, r.PeriodAmount(a));
        var expenseStart = row;
        foreach (var a in c.Accounts.Where(a => a.Type == AccountType.Beban && a != c.CostOfSales)) MoneyRow(sheet, row++, a.Name, r.PeriodAmount(a));
        sheet.Cell(row, 1).SetValue("Jumlah beban usaha");
        sheet.Cell(row, 2).FormulaA1 = $"SUM(B{expenseStart}:B{row - 1})";
        sheet.Cell(row + 1, 1).SetValue("Sisa hasil usaha (laba bersih) periode ini");
        sheet.Cell(row + 1, 2).FormulaA1 = $"B{grossRow}+SUM(B{incomeStart}:B{Math.Max(incomeStart, expenseStart - 1)})-B{row}";
        if (expenseStart == incomeStart) sheet.Cell(row + 1, 2).FormulaA1 = $"B{grossRow}-B{row}";
        sheet.Range(grossRow, 1, grossRow, 2).Style.Font.Bold = true;
        sheet.Range(row, 1, row + 1, 2).Style.Font.Bold = true;
        sheet.Range(HeaderRow + 1, 2, row + 1, 2).Style.NumberFormat.Format = Money;
        Widths(sheet, 48, 18);
    }

    internal static void BalanceSheet(IXLWorksheet sheet, BookReport r)
    {
        Title(sheet, r, $"Neraca per {IndonesianFormat.DateWithoutDay(r.Period.To)}", "Pos", "Jumlah");
        var row = HeaderRow + 1;
        sheet.Cell(row++, 1).SetValue("ASET");
        var assetStart = row;
        foreach (var b in r.Balances.Where(b => b.Account.Type == AccountType.Aset)) MoneyRow(sheet, row++, b.Account.Name, b.Closing);
        sheet.Cell(row, 1).SetValue("Jumlah aset");
        sheet.Cell(row, 2).FormulaA1 = $"SUM(B{assetStart}:B{row - 1})";
        var assetTotal = row++;
        sheet.Cell(++row, 1).SetValue("KEWAJIBAN DAN EKUITAS");
        var claimStart = ++row;
        foreach (var b in r.Balances.Where(b => b.Account.Type is AccountType.Kewajiban or AccountType.Ekuitas)) MoneyRow(sheet, row++, b.Account.Name, -b.Closing);
        MoneyRow(sheet, row++, "Sisa hasil usaha (akumulasi sampai akhir periode)", r.AccumulatedResult);
        sheet.Cell(row, 1).SetValue("Jumlah kewajiban dan ekuitas");
        sheet.Cell(row, 2).FormulaA1 = $"SUM(B{claimStart}:B{row - 1})";
        sheet.Cell(row + 1, 1).SetValue("Pemeriksaan");
        sheet.Cell(row + 1, 2).FormulaA1 = $"IF(B{assetTotal}=B{row},\"SEIMBANG\",\"TIDAK SEIMBANG\")";
        sheet.Range(assetTotal, 1, assetTotal, 2).Style.Font.Bold = true;
        sheet.Range(row, 1, row + 1, 2).Style.Font.Bold = true;
        sheet.Range(HeaderRow + 1, 2, row, 2).Style.NumberFormat.Format = Money;
        if (r.UnknownCostStock.Count > 0)
            sheet.Cell(row + 3, 1).Value = "Persediaan yang harga pokoknya belum diketahui tidak dinilai: " +
                string.Join(", ", r.UnknownCostStock.Select(s => $"{s.Item} {IndonesianFormat.Quantity(s.UnknownQuantity, s.Unit)}"));
        Widths(sheet, 52, 18);
    }

    /// <summary>Title (cooperative and what), period, then the frozen header row.</summary>
    internal static void Title(IXLWorksheet sheet, BookReport r, string what, params string[] headers)
    {
        sheet.Cell(1, 1).SetValue($"{r.Cooperative.Name} — {what}");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetValue($"Periode: {r.Period.Label} ({Period.Range(r.Period.From, r.Period.To)})");
        for (var i = 0; i < headers.Length; i++) sheet.Cell(HeaderRow, i + 1).SetValue(headers[i]);
        var header = sheet.Range(HeaderRow, 1, HeaderRow, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2DCDB");
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.SheetView.FreezeRows(HeaderRow);
    }

    /// <summary>
    /// Number formats for whole columns, set before the rows are written so each new cell takes them: a year's
    /// journal has 7,000+ lines, and styling a range afterwards restyled every cell in it, empty ones included.
    /// </summary>
    private static void ColumnFormats(IXLWorksheet sheet, params (int Column, string Format)[] formats)
    {
        foreach (var (column, format) in formats) sheet.Column(column).Style.NumberFormat.Format = format;
    }

    internal static void MoneyRow(IXLWorksheet sheet, int row, string label, long amount)
    {
        sheet.Cell(row, 1).SetValue(label);
        sheet.Cell(row, 2).SetValue(amount);
        sheet.Cell(row, 2).Style.NumberFormat.Format = Money;
    }

    internal static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
    }
}
