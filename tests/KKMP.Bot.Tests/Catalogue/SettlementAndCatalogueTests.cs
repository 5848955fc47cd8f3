using ClosedXML.Excel;
using KKMP.Bot.Catalogue;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Catalogue;

/// <summary>/titip (what each titip jual supplier is owed) and /katalog (the XLSX draft, read back with ClosedXML) through the real router.</summary>
public class SettlementAndCatalogueTests
{
    private static readonly DateTimeOffset MidNovember = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_settlement_owes_each_supplier_sold_times_the_agreed_price_less_commission_under_the_terms_of_each_sale()
    {
        using var harness = new RouterHarness(time: new FakeTimeProvider(MidNovember));
        var manager = harness.As("telegram", "1", Role.Pengelola);
        var supervisor = harness.As("telegram", "2", Role.Pengawas);
        await manager.SendAsync("/barang titip \"Keripik Tempe Bu Sri\" bungkus \"UMKM Bu Sri\" 8.000 10%");
        await manager.SendAsync("/barang titip \"Sambal Pecel\" bungkus \"UMKM Mbak Yuni\" 10.000 15%");
        await manager.SendAsync("/masuk keripik tempe bu sri 20 bungkus");
        await manager.SendAsync("/masuk sambal pecel 10 bungkus");
        await manager.SendAsync("/jual keripik tempe bu sri 5 bungkus");
        await manager.SendAsync("/jual keripik tempe bu sri 2 bungkus");
        await manager.SendAsync("/batal");                                                      // the 2 were a typo
        await manager.SendAsync("/barang titip \"Keripik Tempe Bu Sri\" bungkus \"UMKM Bu Sri\" 9.000 20%"); // new terms from now on
        await manager.SendAsync("/jual keripik tempe bu sri 1 bungkus");                       // still sold at the shop's Rp8.000
        await manager.SendAsync("/jual sambal pecel 3 bungkus");

        var statement = await supervisor.SendAsync("/titip");

        Assert.Contains("Setoran titip jual Koperasi Demo Merah Putih (DEMO), November 2026:", statement.Text);
        // 5 × Rp8.000 − 10 %, then 1 × Rp9.000 − 20 %: each sale under the terms in force when it was made.
        Assert.Contains("UMKM Bu Sri: terjual × harga titip Rp49.000 − komisi Rp5.800 = dibayar ke pemasok Rp43.200", statement.Text);
        Assert.Contains("• Keripik Tempe Bu Sri 6 bungkus: Rp49.000 − Rp5.800 = Rp43.200", statement.Text);
        Assert.Contains("UMKM Mbak Yuni: terjual × harga titip Rp30.000 − komisi Rp4.500 = dibayar ke pemasok Rp25.500", statement.Text);
        Assert.Contains("Utang titip jual ke semua pemasok sampai akhir periode: Rp68.700.", statement.Text);
        Assert.True(statement.Text.IndexOf("UMKM Bu Sri", StringComparison.Ordinal) < statement.Text.IndexOf("UMKM Mbak Yuni", StringComparison.Ordinal));

        var paid = await manager.SendAsync("/kas keluar 43.200 bayar titipan UMKM Bu Sri");
        var after = await supervisor.SendAsync("/titip bulan ini");

        Assert.StartsWith("Tercatat", paid.Text);
        Assert.Contains("dibayar ke pemasok Rp43.200", after.Text); // the period's sales do not change
        Assert.Contains("Utang titip jual ke semua pemasok sampai akhir periode: Rp25.500.", after.Text);
    }

    [Fact]
    public async Task A_period_without_titip_jual_sales_says_so_and_an_unknown_period_gets_an_example()
    {
        using var harness = new RouterHarness(time: new FakeTimeProvider(MidNovember));
        var manager = harness.As("telegram", "1", Role.Pengelola);

        var empty = await manager.SendAsync("/titip");
        var bad = await manager.SendAsync("/titip minggu depan");

        Assert.StartsWith("Belum ada barang titipan yang terjual pada November 2026.", empty.Text);
        Assert.Contains("/barang titip", empty.Text);
        Assert.StartsWith("Periode \"minggu depan\" tidak dikenali", bad.Text);
        Assert.Contains("Contoh: /titip bulan ini", bad.Text);
    }

    [Fact]
    public async Task The_catalogue_draft_lists_every_product_with_the_listing_columns_and_says_it_is_a_draft()
    {
        using var harness = new RouterHarness(time: new FakeTimeProvider(MidNovember));
        var board = harness.As("telegram", "1", Role.Pengurus);
        await board.SendAsync("/barang info migor merek=Bimoli sku=BM-1L asal=lokal tkdn=45 \"minyak sawit 1 liter\"");
        await board.SendAsync("/barang titip \"Keripik Tempe Bu Sri\" bungkus \"UMKM Bu Sri\" 8.000 10%");
        await board.SendAsync("/masuk keripik tempe bu sri 20 bungkus");
        await board.SendAsync("/koperasi provinsi \"Jawa Timur\"");

        var reply = await harness.As("telegram", "2", Role.Pengawas).SendAsync("/katalog");

        Assert.Contains("DRAF untuk diperiksa sebelum diunggah ke Katalog Elektronik, bukan integrasi resmi", reply.Text);
        Assert.Contains("Beras: merek, SKU, asal", reply.Text);
        var file = Assert.Single(reply.Attachments);
        Assert.Equal("katalog-draf-demo-2026-11-20.xlsx", file.Name);
        using var workbook = new XLWorkbook(new MemoryStream(file.Bytes));
        var sheet = workbook.Worksheet(CatalogueWorkbook.SheetName);
        Assert.StartsWith("DRAF", sheet.Cell(1, 1).GetString());
        Assert.Equal(CatalogueWorkbook.Headers, Enumerable.Range(1, CatalogueWorkbook.Headers.Length).Select(c => sheet.Cell(CatalogueWorkbook.HeaderRow, c).GetString()));

        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > CatalogueWorkbook.HeaderRow).ToDictionary(r => r.Cell(1).GetString());
        Assert.Equal(harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Select(i => i.Name).Order(), rows.Keys.Order());
        var oil = rows["Minyak Goreng"];
        Assert.Equal(["Bimoli", "BM-1L", "lokal"], new[] { oil.Cell(2).GetString(), oil.Cell(3).GetString(), oil.Cell(4).GetString() });
        Assert.Equal(45, oil.Cell(5).GetDouble());
        Assert.Equal("minyak sawit 1 liter", oil.Cell(6).GetString());
        Assert.Equal("liter", oil.Cell(7).GetString());
        Assert.Equal(15_700, oil.Cell(8).GetDouble());
        Assert.Equal("Jawa Timur", oil.Cell(9).GetString());
        Assert.Equal(48, oil.Cell(10).GetDouble());
        Assert.Equal("Kota Contoh", oil.Cell(11).GetString());
        Assert.Equal("", oil.Cell(13).GetString());
        var crisps = rows["Keripik Tempe Bu Sri"];
        Assert.Equal(("UMKM Bu Sri", 8_000d, 20d), (crisps.Cell(12).GetString(), crisps.Cell(8).GetDouble(), crisps.Cell(10).GetDouble()));
        Assert.Equal("merek, SKU, asal", rows["Beras"].Cell(13).GetString());
    }

    [Fact]
    public async Task Without_a_province_the_draft_asks_for_it_since_the_price_region_is_unknown()
    {
        using var harness = new RouterHarness(time: new FakeTimeProvider(MidNovember));

        var reply = await harness.As("telegram", "1", Role.Pengelola).SendAsync("/katalog");

        Assert.Contains("/koperasi provinsi \"Jawa Timur\"", reply.Text);
        using var workbook = new XLWorkbook(new MemoryStream(reply.Attachments[0].Bytes));
        Assert.EndsWith("provinsi", workbook.Worksheet(CatalogueWorkbook.SheetName).Cell(CatalogueWorkbook.HeaderRow + 1, 13).GetString());
    }
}
