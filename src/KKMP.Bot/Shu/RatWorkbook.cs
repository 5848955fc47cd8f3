using ClosedXML.Excel;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Formatting;
using static KKMP.Bot.Books.Reports.BooksWorkbook;

namespace KKMP.Bot.Shu;

/// <summary>
/// The RAT pack as one XLSX: the laporan keuangan (Perhitungan Hasil Usaha and Neraca as in /laporan, plus Arus Kas),
/// Pembagian SHU, SHU per Anggota, Simpanan per Anggota, Stok Akhir Tahun and Perubahan Anggota. The books' sheets
/// and styles come from <see cref="BooksWorkbook"/>, so both files show the same figures the same way.
/// </summary>
public static class RatWorkbook
{
    public static readonly string[] SheetNames =
        ["Perhitungan Hasil Usaha", "Neraca", "Arus Kas", "Pembagian SHU", "SHU per Anggota", "Simpanan per Anggota", "Stok Akhir Tahun", "Perubahan Anggota"];

    public static string FileName(RatContents pack) => $"rat-{pack.Books.Cooperative.Id}-{pack.Shu.Year}.xlsx";

    public static byte[] Write(RatContents pack)
    {
        using var workbook = new XLWorkbook();
        Results(workbook.Worksheets.Add(SheetNames[0]), pack.Books);
        BalanceSheet(workbook.Worksheets.Add(SheetNames[1]), pack.Books);
        CashFlow(workbook.Worksheets.Add(SheetNames[2]), pack);
        Split(workbook.Worksheets.Add(SheetNames[3]), pack);
        MemberShares(workbook.Worksheets.Add(SheetNames[4]), pack);
        MemberSavings(workbook.Worksheets.Add(SheetNames[5]), pack);
        Stock(workbook.Worksheets.Add(SheetNames[6]), pack.Books);
        Membership(workbook.Worksheets.Add(SheetNames[7]), pack);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void CashFlow(IXLWorksheet sheet, RatContents pack)
    {
        var r = pack.Books;
        Title(sheet, r, "Laporan Arus Kas (sederhana)", "Uraian", "Jumlah");
        var row = HeaderRow + 1;
        MoneyRow(sheet, row, "Kas awal tahun", r.CashOpening);
        var first = row + 1;
        foreach (var section in pack.CashFlow.GroupBy(l => l.Section))
        {
            sheet.Cell(++row, 1).SetValue(section.Key);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            foreach (var line in section) MoneyRow(sheet, ++row, "   " + line.Label, line.Amount);
        }
        sheet.Cell(++row, 1).SetValue("Kenaikan (penurunan) kas");
        sheet.Cell(row, 2).FormulaA1 = $"SUM(B{first}:B{row - 1})";
        sheet.Cell(++row, 1).SetValue("Kas akhir tahun");
        sheet.Cell(row, 2).FormulaA1 = $"B{HeaderRow + 1}+B{row - 1}";
        MoneyRow(sheet, row + 1, "Kas akhir menurut buku kas", r.CashClosing);
        sheet.Cell(row + 2, 1).SetValue("Pemeriksaan");
        sheet.Cell(row + 2, 2).FormulaA1 = $"IF(B{row}=B{row + 1},\"COCOK\",\"TIDAK COCOK\")";
        sheet.Range(row - 1, 1, row + 2, 2).Style.Font.Bold = true;
        sheet.Range(HeaderRow + 1, 2, row + 1, 2).Style.NumberFormat.Format = Money;
        Widths(sheet, 52, 18);
    }

    private static void Split(IXLWorksheet sheet, RatContents pack)
    {
        var shu = pack.Shu;
        Title(sheet, pack.Books, "Pembagian Sisa Hasil Usaha", "Bagian", "Persen", "Jumlah");
        var row = HeaderRow + 1;
        sheet.Cell(row, 1).SetValue("Sisa hasil usaha tahun ini");
        sheet.Cell(row, 3).SetValue(shu.Shu);
        sheet.Row(row).Style.Font.Bold = true;
        if (shu.IsLoss) sheet.Cell(row + 2, 1).SetValue(ShuText.Loss(shu));
        else if (shu.Division is null) sheet.Cell(row + 2, 1).SetValue(ShuText.NoRules(shu));
        else
        {
            var p = ShuPercentages.Of(shu.Rules!);
            var first = row + 1;
            foreach (var part in ShuPercentages.Parts)
            {
                sheet.Cell(++row, 1).SetValue(ShuPercentages.Label(part));
                sheet.Cell(row, 2).SetValue(p[part] / 100);
                sheet.Cell(row, 3).SetValue(shu.Division.Parts[part]);
            }
            sheet.Cell(++row, 1).SetValue("Jumlah");
            sheet.Cell(row, 2).FormulaA1 = $"SUM(B{first}:B{row - 1})";
            sheet.Cell(row, 3).FormulaA1 = $"SUM(C{first}:C{row - 1})";
            sheet.Row(row).Style.Font.Bold = true;
            sheet.Range(first, 2, row, 2).Style.NumberFormat.Format = "0.##%";
            sheet.Cell(row + 2, 1).SetValue($"Persentase menurut ART, berlaku sejak tahun buku {shu.Rules!.FromYear} ({ShuCitations.Split}).");
            if (shu.Division.UnpaidTransaksi > 0 || shu.Division.UnpaidSimpanan > 0)
                sheet.Cell(row + 3, 1).SetValue(
                    $"Belum terbagi karena belum ada dasarnya: jasa transaksi {IndonesianFormat.Rupiah(shu.Division.UnpaidTransaksi)}, jasa simpanan {IndonesianFormat.Rupiah(shu.Division.UnpaidSimpanan)}.");
            sheet.Cell(row + 4, 1).SetValue(ShuText.Rounding);
        }
        sheet.Range(HeaderRow + 1, 3, row, 3).Style.NumberFormat.Format = Money;
        Widths(sheet, 52, 10, 18);
    }

    private static void MemberShares(IXLWorksheet sheet, RatContents pack)
    {
        var shu = pack.Shu;
        Title(sheet, pack.Books, "SHU per Anggota", "Nomor", "Nama", "Status", "Belanja (jasa transaksi)",
            $"Rata-rata simpanan wajib ({shu.Months} bulan)", "Jasa transaksi", "Jasa simpanan", "Jumlah SHU");
        var row = HeaderRow;
        for (var i = 0; i < shu.Register.Count; i++)
        {
            var (member, basis) = (shu.Register[i], shu.Bases[i]);
            var share = shu.Division?.Members[i];
            row++;
            sheet.Cell(row, 1).SetValue(member.Code);
            sheet.Cell(row, 2).SetValue(member.Name);
            sheet.Cell(row, 3).SetValue(member.HasLeft ? "keluar" : "aktif");
            sheet.Cell(row, 4).SetValue(basis.Purchases);
            sheet.Cell(row, 5).SetValue(Math.Round((decimal)basis.WajibMonthEnds / shu.Months, 2));
            sheet.Cell(row, 6).SetValue(share?.JasaTransaksi ?? 0);
            sheet.Cell(row, 7).SetValue(share?.JasaSimpanan ?? 0);
            sheet.Cell(row, 8).FormulaA1 = $"F{row}+G{row}";
        }
        Totals(sheet, row, 4, 8);
        sheet.Range(HeaderRow + 1, 4, row + 1, 8).Style.NumberFormat.Format = Money;
        if (shu.Division is null)
            sheet.Cell(row + 3, 1).SetValue(shu.IsLoss ? ShuText.Loss(shu) : ShuText.NoRules(shu));
        Widths(sheet, 9, 28, 9, 20, 22, 16, 16, 16);
    }

    private static void MemberSavings(IXLWorksheet sheet, RatContents pack)
    {
        Title(sheet, pack.Books, $"Simpanan per Anggota per {IndonesianFormat.DateWithoutDay(pack.Books.Period.To)}",
            "Nomor", "Nama", "Status", "Pokok", "Wajib", "Sukarela", "Jumlah");
        var row = HeaderRow;
        foreach (var member in pack.Shu.Register)
        {
            var b = pack.Savings.GetValueOrDefault(member.Number) ?? new Members.SavingsBalances(0, 0, 0);
            row++;
            sheet.Cell(row, 1).SetValue(member.Code);
            sheet.Cell(row, 2).SetValue(member.Name);
            sheet.Cell(row, 3).SetValue(member.HasLeft ? "keluar" : "aktif");
            sheet.Cell(row, 4).SetValue(b.Pokok);
            sheet.Cell(row, 5).SetValue(b.Wajib);
            sheet.Cell(row, 6).SetValue(b.Sukarela);
            sheet.Cell(row, 7).FormulaA1 = $"SUM(D{row}:F{row})";
        }
        Totals(sheet, row, 4, 7);
        sheet.Range(HeaderRow + 1, 4, row + 1, 7).Style.NumberFormat.Format = Money;
        Widths(sheet, 9, 28, 9, 16, 16, 16, 16);
    }

    private static void Membership(IXLWorksheet sheet, RatContents pack)
    {
        var m = pack.Membership;
        Title(sheet, pack.Books, "Perubahan Anggota", "Nomor", "Nama", "Perubahan", "Tanggal", "Alasan");
        var zone = pack.Books.Cooperative.TimeZone;
        var row = HeaderRow;
        foreach (var (member, what, ticks) in m.Joined.Select(j => (j, "masuk", j.JoinedTicks)).Concat(m.Left.Select(l => (l, "keluar", l.LeftTicks!.Value)))
                     .OrderBy(x => x.Item3))
        {
            row++;
            sheet.Cell(row, 1).SetValue(member.Code);
            sheet.Cell(row, 2).SetValue(member.Name);
            sheet.Cell(row, 3).SetValue(what);
            sheet.Cell(row, 4).SetValue(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(ticks, DateTimeKind.Utc), Ledger.CooperativeDirectory.FindZone(zone)).Date);
            if (what == "keluar") sheet.Cell(row, 5).SetValue(member.LeaveReason);
        }
        sheet.Range(HeaderRow + 1, 4, Math.Max(row, HeaderRow + 1), 4).Style.NumberFormat.Format = Day;
        var summary = new (string, int)[]
        {
            ("Anggota awal tahun", m.AtStart), ("Masuk", m.Joined.Count), ("Keluar", m.Left.Count), ("Anggota akhir tahun", m.AtEnd),
        };
        row += 2;
        foreach (var (label, count) in summary)
        {
            sheet.Cell(row, 2).SetValue(label);
            sheet.Cell(row++, 3).SetValue(count);
        }
        Widths(sheet, 9, 28, 20, 12, 36);
    }

    /// <summary>A bold "Jumlah" row under the member rows, summing columns from..to.</summary>
    private static void Totals(IXLWorksheet sheet, int lastRow, int from, int to)
    {
        var total = lastRow + 1;
        sheet.Cell(total, 2).SetValue("Jumlah");
        for (var c = from; c <= to; c++)
        {
            var letter = XLHelper.GetColumnLetterFromNumber(c);
            sheet.Cell(total, c).FormulaA1 = $"SUM({letter}{HeaderRow + 1}:{letter}{Math.Max(lastRow, HeaderRow + 1)})";
        }
        sheet.Row(total).Style.Font.Bold = true;
    }
}
