using ClosedXML.Excel;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Shu;

namespace KKMP.Bot.Tests.Shu;

/// <summary>/rat 2026 through the real router: the reply's figures and dates, and the XLSX read back with ClosedXML.</summary>
public class RatTests
{
    private static IXLRow Row(IXLWorksheet sheet, int column, string text) =>
        sheet.RowsUsed().Single(r => string.Equals(r.Cell(column).GetString().Trim(), text, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task The_reply_gives_the_key_figures_and_the_dates_with_their_sources()
    {
        using var year = await ShuYear.RecordAsync();

        var reply = await year.Ketua.SendAsync("/rat 2026");

        Assert.StartsWith("Paket RAT Koperasi Demo Merah Putih (DEMO), tahun buku 2026.\n", reply.Text);
        Assert.Contains("• Penjualan Rp100.000, laba kotor Rp40.000, biaya Rp9.999, SHU Rp30.001", reply.Text);
        Assert.Contains("kas Rp820.001, persediaan Rp240.000", reply.Text); // 1.000.000 + 30.000 wajib − 300.000 + 100.000 − 9.999
        Assert.Contains("• Simpanan anggota Rp30.000 (pokok Rp0, wajib Rp30.000, sukarela Rp0)", reply.Text);
        Assert.Contains("• Anggota 2 di akhir tahun (awal tahun 0, masuk 3, keluar 1)", reply.Text);
        Assert.Contains("dana cadangan Rp9.000, jasa transaksi Rp10.501, jasa simpanan Rp4.500", reply.Text);
        Assert.Contains("• RAT paling lambat 30 Juni 2027", reply.Text);
        Assert.Contains($"({ShuCitations.RatDeadline} ayat (2), berlaku; tidak diubah UU 6/2023)", reply.Text);
        Assert.Contains($"selesai paling lambat 30 Mei 2027 ({ShuCitations.AnnualReport})", reply.Text);
        Assert.Contains($"Kuorum menurut AD model ({ShuCitations.Quorum} ayat (3)–(6))", reply.Text);
        Assert.Contains("(2 anggota: paling sedikit 2 orang)", reply.Text);
        Assert.Contains("sepertiga (1 orang)", reply.Text);
        var file = Assert.Single(reply.Attachments);
        Assert.Equal($"rat-{DemoSeed.KoperasiId}-2026.xlsx", file.Name);
    }

    [Fact]
    public async Task The_workbook_holds_every_sheet_with_the_figures_of_the_books_and_the_split()
    {
        using var year = await ShuYear.RecordAsync();
        var file = Assert.Single((await year.Ketua.SendAsync("/rat 2026")).Attachments);

        using var workbook = new XLWorkbook(new MemoryStream(file.Bytes));

        Assert.Equal(RatWorkbook.SheetNames, workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(30_001, Row(workbook.Worksheet("Perhitungan Hasil Usaha"), 1, "Sisa hasil usaha (laba bersih) periode ini").Cell(2).GetValue<long>());
        Assert.Contains(workbook.Worksheet("Neraca").CellsUsed(), c => c.GetString() == "SEIMBANG");

        var cash = workbook.Worksheet("Arus Kas");
        Assert.Equal(0, Row(cash, 1, "Kas awal tahun").Cell(2).GetValue<long>());
        Assert.Equal(100_000, Row(cash, 1, "Penerimaan dari penjualan").Cell(2).GetValue<long>());
        Assert.Equal(-300_000, Row(cash, 1, "Pembelian barang dagangan").Cell(2).GetValue<long>());
        Assert.Equal(30_000, Row(cash, 1, "Simpanan wajib").Cell(2).GetValue<long>());
        Assert.Equal(820_001, Row(cash, 1, "Kas akhir tahun").Cell(2).GetValue<long>());
        Assert.Equal("COCOK", Row(cash, 1, "Pemeriksaan").Cell(2).GetString());

        var split = workbook.Worksheet("Pembagian SHU");
        Assert.Equal(10_501, Row(split, 1, "Jasa transaksi anggota (sebanding transaksi)").Cell(3).GetValue<long>());
        Assert.Equal(0.35m, Row(split, 1, "Jasa transaksi anggota (sebanding transaksi)").Cell(2).GetValue<decimal>());
        Assert.Equal(30_001, Row(split, 1, "Jumlah").Cell(3).GetValue<long>());

        var shares = workbook.Worksheet("SHU per Anggota");
        var painem = Row(shares, 1, "0012");
        Assert.Equal(("Painem", 50_000L, 19_166.67m, 7_001L, 2_957L, 9_958L),
            (painem.Cell(2).GetString(), painem.Cell(4).GetValue<long>(), painem.Cell(5).GetValue<decimal>(), painem.Cell(6).GetValue<long>(),
             painem.Cell(7).GetValue<long>(), painem.Cell(8).GetValue<long>()));
        Assert.Equal("keluar", Row(shares, 1, "0014").Cell(3).GetString());
        Assert.Equal(0, Row(shares, 1, "0014").Cell(4).GetValue<long>()); // the undone sale
        var total = Row(shares, 2, "Jumlah");
        Assert.Equal((10_501L, 4_500L), (total.Cell(6).GetValue<long>(), total.Cell(7).GetValue<long>()));

        var savings = workbook.Worksheet("Simpanan per Anggota");
        Assert.Equal(20_000, Row(savings, 1, "0012").Cell(5).GetValue<long>());
        Assert.Equal(10_000, Row(savings, 1, "0013").Cell(5).GetValue<long>());
        Assert.Equal(30_000, Row(savings, 2, "Jumlah").Cell(7).GetValue<long>());

        var stock = workbook.Worksheet("Stok Akhir Tahun");
        Assert.Equal((80m, 240_000L), (Row(stock, 1, "Teh").Cell(3).GetValue<decimal>(), Row(stock, 1, "Teh").Cell(6).GetValue<long>()));

        var members = workbook.Worksheet("Perubahan Anggota");
        Assert.Equal(["masuk", "masuk", "masuk", "keluar"], members.Rows(5, 8).Select(r => r.Cell(3).GetString()));
        Assert.Equal(("0014", "pindah desa"), (members.Row(8).Cell(1).GetString(), members.Row(8).Cell(5).GetString()));
        Assert.Equal(2, Row(members, 2, "Anggota akhir tahun").Cell(3).GetValue<int>());
    }

    [Fact]
    public async Task A_loss_year_pack_explains_the_loss_and_a_year_without_data_gets_a_clear_reply()
    {
        using var year = await ShuYear.RecordAsync(loss: true);

        var reply = await year.Ketua.SendAsync("/rat 2026");
        using var workbook = new XLWorkbook(new MemoryStream(Assert.Single(reply.Attachments).Bytes));
        Assert.Contains(ShuCitations.Loss, reply.Text);
        Assert.Contains(workbook.Worksheet("Pembagian SHU").CellsUsed(), c => c.GetString().Contains(ShuCitations.Loss));

        var before = year.Harness.Get<LedgerDb>().RecordedWrites();
        var none = await year.Ketua.SendAsync("/rat 2025");
        Assert.Equal("Belum ada catatan untuk tahun 2025: catatan pertama tanggal 10 Januari 2026. Contoh: /shu 2026", none.Text);
        Assert.Empty(none.Attachments);
        Assert.Contains("Contoh: /rat 2026", (await year.Ketua.SendAsync("/rat")).Text);
        Assert.Equal(before, year.Harness.Get<LedgerDb>().RecordedWrites());
        Assert.StartsWith("Perintah /rat hanya", (await year.Harness.As("telegram", "kasir", Role.Pengelola).SendAsync("/rat 2026")).Text);
    }
}
