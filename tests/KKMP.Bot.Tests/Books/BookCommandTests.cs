using ClosedXML.Excel;
using KKMP.Bot.Books;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Books;

/// <summary>/kas, /biaya, /laporan and /ekspor through the real router, as a shop manager types them.</summary>
public class BookCommandTests
{
    private static long Cash(RouterHarness harness) => harness.Get<CashBook>().Balance(DemoSeed.KoperasiId);

    /// <summary>A sheet's data rows (below the header in row 4) by their first cell.</summary>
    private static Dictionary<string, IXLRow> Rows(IXLWorksheet sheet) =>
        sheet.Rows(5, sheet.LastRowUsed()!.RowNumber()).Where(r => !r.Cell(1).IsEmpty()).ToDictionary(r => r.Cell(1).GetString());

    private static int CashEntries(RouterHarness harness) => harness.Get<LedgerDb>().CashEntries.Count();

    [Fact]
    public async Task Cash_writes_are_echoed_with_the_balance_and_never_take_cash_below_zero_unasked()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);

        Assert.Equal("Tercatat: saldo awal kas Rp1.250.000 (akun Modal / ekuitas). Saldo kas sekarang Rp1.250.000.",
            (await kasir.SendAsync("/kas awal 1.250.000")).Text);
        Assert.Contains("sudah dicatat: Rp1.250.000", (await kasir.SendAsync("/kas awal 1.500.000")).Text);
        Assert.Contains("Saldo kas sekarang Rp1.300.000", (await kasir.SendAsync("/kas awal 1.300.000 koreksi")).Text);
        Assert.Equal("Tercatat: biaya listrik Rp150.000 — token November (akun Beban listrik). Saldo kas sekarang Rp1.150.000.",
            (await kasir.SendAsync("/biaya listrik 150rb token November")).Text);
        Assert.Contains("Saldo kas sekarang Rp3.150.000", (await kasir.SendAsync("/kas masuk 2jt modal awal")).Text);
        Assert.Contains("(akun Kas di bank). Saldo kas sekarang Rp2.650.000", (await kasir.SendAsync("kas keluar 500rb setor bank")).Text);

        var asked = await kasir.SendAsync("/kas keluar 3jt bayar sewa setahun");
        Assert.Contains("Kas menjadi minus: saldo Rp2.650.000 → -Rp350.000.", asked.Text);
        Assert.Contains("Balas YA untuk mencatat atau BATAL.", asked.Text);
        Assert.StartsWith("Baik, dibatalkan", (await kasir.SendAsync("BATAL")).Text);
        Assert.EndsWith(": Rp2.650.000.", (await kasir.SendAsync("/kas")).Text);
        Assert.Equal(2_650_000, Cash(harness));
        Assert.Equal(5, CashEntries(harness));
    }

    [Fact]
    public async Task A_purchase_paid_in_cash_needs_the_cash_once_the_cash_book_is_open()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        Assert.StartsWith("Tercatat", (await kasir.SendAsync("/masuk gula 10 kg @15.000")).Text); // no opening balance yet: the report shows it

        await kasir.SendAsync("/kas awal 500rb");
        var refused = await kasir.SendAsync("/masuk beras 2 karung @300.000");
        var onCredit = await kasir.SendAsync("/masuk beras 2 karung @300.000 utang");

        Assert.Contains("kas tidak cukup untuk membayar Rp600.000 (saldo kas Rp350.000)", refused.Text);
        Assert.Contains("/masuk beras 4 karung @300.000 utang", refused.Text);
        Assert.Contains("= Rp600.000 (utang ke pemasok)", onCredit.Text);
        Assert.Equal(350_000, Cash(harness));
    }

    [Theory]
    [InlineData("/biaya pulsa 10rb", "Jenis biaya \"pulsa\" tidak dikenal. Pilih salah satu: listrik, sewa, gaji, transport, lain")]
    [InlineData("/biaya listrik 0", "harus lebih dari nol")]
    [InlineData("/biaya listrik -5000", "harus lebih dari nol")]
    [InlineData("/kas masuk 50 miliar", "terlalu besar")]
    [InlineData("/kas masuk 20.000.000.000", "terlalu besar")]
    [InlineData("/kas awal", "belum ditulis")]
    [InlineData("/kas pinjam 2jt", "tidak dimengerti")]
    [InlineData("/biaya listrik", "belum ditulis")]
    public async Task Bad_amounts_and_unknown_categories_get_an_example_and_nothing_is_recorded(string text, string why)
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        await kasir.SendAsync("/kas awal 1jt");

        var reply = await kasir.SendAsync(text);

        Assert.Contains(why, reply.Text);
        Assert.Contains("Contoh: /", reply.Text);
        Assert.Equal(1, CashEntries(harness));
    }

    [Fact]
    public async Task A_member_cannot_read_or_write_the_books()
    {
        using var harness = new RouterHarness();
        var member = harness.As("telegram", "anggota", Role.Anggota);

        Assert.Contains("hanya untuk pengelola, pengurus, pengawas, admin", (await member.SendAsync("/laporan")).Text);
        Assert.Contains("hanya untuk pengelola, pengurus, admin", (await member.SendAsync("/biaya listrik 10rb")).Text);
        Assert.Empty((await member.SendAsync("/ekspor")).Attachments);
        Assert.Equal(0, CashEntries(harness));
    }

    [Fact]
    public async Task A_report_comes_as_a_summary_and_an_xlsx_whose_numbers_are_the_ledgers()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        var ketua = harness.As("telegram", "ketua", Role.Pengawas);
        await kasir.SendAsync("/kas awal 2jt");
        await kasir.SendAsync("/masuk gula 20 kg @15.000");
        await kasir.SendAsync("/masuk beras 2 karung @300.000 utang");
        await kasir.SendAsync("/jual gula 30 kg");   // 50 counted without a price go first: HPP unknown for these
        await kasir.SendAsync("/jual gula 25 kg");   // 20 left without a price, then 5 at 15.000
        await kasir.SendAsync("/biaya sewa 300rb");

        var reply = await ketua.SendAsync("/laporan bulan ini");

        Assert.Contains("Penjualan: Rp962.500 (2 transaksi)", reply.Text);
        Assert.Contains("HPP: Rp75.000", reply.Text);
        Assert.Contains("Biaya: Rp300.000", reply.Text);
        Assert.Contains("Kas awal Rp0, kas akhir Rp2.362.500", reply.Text); // 2.000.000 − 300.000 (gula) + 962.500 − 300.000
        Assert.Contains("Harga pokok belum diketahui", reply.Text);
        Assert.Contains("Beras 100 kg", reply.Text);                      // the demo's counted 100 kg, never valued
        var file = Assert.Single(reply.Attachments);
        Assert.EndsWith(".xlsx", file.Name);
        using var workbook = new XLWorkbook(new MemoryStream(file.Bytes));
        var stock = Rows(workbook.Worksheet("Persediaan"));
        Assert.Equal((150m, 50m, 600_000L), (stock["Beras"].Cell(3).GetValue<decimal>(), stock["Beras"].Cell(4).GetValue<decimal>(), stock["Beras"].Cell(6).GetValue<long>()));
        var trial = Rows(workbook.Worksheet("Neraca Saldo"));
        Assert.Equal(600_000, trial["201"].Cell(4).GetValue<long>()); // Utang usaha
        Assert.Equal(Cash(harness), trial["101"].Cell(3).GetValue<long>());
    }

    [Theory]
    [InlineData("/laporan 2099", "belum terjadi")]
    [InlineData("/laporan 30/11-20/11", "terbalik")]
    [InlineData("/laporan 2021", "Belum ada catatan")]
    [InlineData("/laporan minggu depan", "tidak dikenali")]
    public async Task Periods_that_cannot_be_reported_are_explained(string text, string why)
    {
        using var harness = new RouterHarness();
        var reply = await harness.As("telegram", "kasir", Role.Pengelola).SendAsync(text);
        Assert.Contains(why, reply.Text);
        Assert.Contains("Contoh: /laporan", reply.Text);
        Assert.Empty(reply.Attachments);
    }

    [Fact]
    public async Task An_export_has_one_row_per_event_with_every_field()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        await kasir.SendAsync("/kas awal 1jt");
        await kasir.SendAsync("/jual gula 2 kg");
        await kasir.SendAsync("=HYPERLINK(\"x\") jual telur 1 kg"); // free text: not recorded

        var reply = await kasir.SendAsync("/ekspor hari ini");

        var file = Assert.Single(reply.Attachments);
        Assert.Equal("text/csv", file.ContentType);
        var lines = System.Text.Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("waktu_utc;waktu_lokal;sumber;jenis;barang", lines[0]);
        var events = harness.Get<LedgerDb>().BookLog.Events(DemoSeed.KoperasiId).Length;
        Assert.Equal(events, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(";stok;Sold;Gula Pasir;") && l.Contains(";-2;kg;") && l.Contains(";35000;tidak;"));
        Assert.Contains(lines, l => l.Contains(";kas;Opening;") && l.Contains(";1000000;"));
        Assert.Contains($"{events} catatan", reply.Text);
    }
}
