using KKMP.Bot.Books;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Catalogue;

/// <summary>Titip jual through the real router: the goods stay the supplier's, and the books owe the supplier what sold.</summary>
public class ConsignmentTests
{
    private const string Mark = "/barang titip \"Keripik Tempe Bu Sri\" bungkus \"UMKM Bu Sri\" 8.000 10%";

    private static BookProjection Books(RouterHarness harness) =>
        BookProjection.Run(ChartOfAccounts.Default, _ => new ItemName("barang", ""), harness.Get<LedgerDb>().BookLog.Events(DemoSeed.KoperasiId));

    [Fact]
    public async Task Goods_left_by_a_umkm_stay_off_the_books_and_a_sale_owes_the_supplier_all_but_the_commission()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);
        var chart = ChartOfAccounts.Default;
        var inventoryBefore = Books(harness).Balance(chart.Inventory);

        var marked = await manager.SendAsync(Mark);
        var received = await manager.SendAsync("/masuk keripik tempe bu sri 20 bungkus");
        var sold = await manager.SendAsync("/jual keripik tempe bu sri 5 bungkus");
        var stock = await manager.SendAsync("/stok");

        Assert.StartsWith("Tercatat: Keripik Tempe Bu Sri (bungkus) barang titipan, titip jual dari UMKM Bu Sri: harga titip Rp8.000/bungkus, " +
                          "komisi 10 % (Rp800), hak pemasok Rp7.200/bungkus.", marked.Text);
        Assert.Contains("tidak masuk neraca", marked.Text);
        Assert.Equal("Tercatat: masuk keripik tempe bu sri 20 bungkus (titipan UMKM Bu Sri, bukan persediaan koperasi). Stok sekarang 20 bungkus.", received.Text);
        Assert.Equal("Tercatat: jual keripik tempe bu sri 5 bungkus × Rp8.000 = Rp40.000. Sisa stok 15 bungkus. Titipan UMKM Bu Sri: hak pemasok Rp36.000.", sold.Text);

        Assert.Contains("• Keripik Tempe Bu Sri: 15 bungkus (titipan UMKM Bu Sri)", stock.Text);

        var books = Books(harness);
        Assert.Equal(inventoryBefore, books.Balance(chart.Inventory)); // 20 bungkus arrived, none of them the cooperative's
        Assert.Equal(-36_000, books.Balance(chart.ConsignmentPayable)); // 5 × Rp8.000 − 10 %
        Assert.Equal(-4_000, books.Balance(chart.ConsignmentIncome));   // the commission is the only revenue
        var sale = books.Entries[^1];
        Assert.Equal(new ConsignmentSale("UMKM Bu Sri", sale.ItemId!.Value, 5, 40_000, 4_000, 36_000), sale.Consignment);
        Assert.Equal(0, sale.Net(chart.Sales));
        Assert.Equal(0, sale.Net(chart.CostOfSales));
    }

    [Theory]
    [InlineData("/barang titip keripik tempe bungkus umkm bu sri 8rb 10%", "keripik tempe", "umkm bu sri", 10)]
    [InlineData("/barang titip \"Keripik Tempe\" bungkus dari UMKM Bu Sri harga 8.000 komisi 12,5 %", "Keripik Tempe", "UMKM Bu Sri", 12.5)]
    [InlineData("/barang titip keripik tempe bungkus \"UMKM Bu Sri\" Rp 8.000 komisi 10", "keripik tempe", "UMKM Bu Sri", 10)]
    public async Task Terms_are_read_the_ways_a_manager_types_them(string text, string item, string supplier, decimal commission)
    {
        using var harness = new RouterHarness();

        var reply = await harness.As("telegram", "1", Role.Pengelola).SendAsync(text);

        Assert.StartsWith("Tercatat:", reply.Text);
        var added = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == item);
        Assert.Equal((supplier, 8_000L, commission, "bungkus", 8_000L),
            (added.Consignment!.Supplier, added.Consignment.AgreedPriceRupiah, added.Consignment.CommissionPercent, added.BaseUnit, added.PriceRupiah!.Value));
    }

    [Fact]
    public async Task Undoing_a_titip_jual_sale_takes_back_what_was_owed()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);
        await manager.SendAsync(Mark);
        await manager.SendAsync("/masuk keripik tempe bu sri 20 bungkus");
        await manager.SendAsync("/jual keripik tempe bu sri 5 bungkus");

        var undo = await manager.SendAsync("/batal");

        Assert.StartsWith("Dibatalkan", undo.Text);
        var books = Books(harness);
        Assert.Equal(0, books.Balance(ChartOfAccounts.Default.ConsignmentPayable));
        Assert.Equal(0, books.Balance(ChartOfAccounts.Default.ConsignmentIncome));
        Assert.Equal(-5, books.Entries[^1].Consignment!.Quantity);
    }

    [Fact]
    public async Task A_titip_jual_receipt_with_a_purchase_price_or_on_credit_is_refused()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);
        await manager.SendAsync(Mark);
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var priced = await manager.SendAsync("/masuk keripik tempe bu sri 20 bungkus @7.000");
        var credit = await manager.SendAsync("/masuk keripik tempe bu sri 20 bungkus @7.000 utang");

        Assert.All(new[] { priced, credit }, r => Assert.StartsWith("Keripik Tempe Bu Sri barang titipan UMKM Bu Sri: tidak dibeli", r.Text));
        Assert.Contains("Contoh: /masuk keripik tempe bu sri 20 bungkus", priced.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Theory]
    [InlineData("/barang titip \"Keripik\" bungkus \"UMKM Bu Sri\" 8.000 100%", "Komisi 100% tidak mungkin")]
    [InlineData("/barang titip \"Keripik\" bungkus \"UMKM Bu Sri\" 8.000 150%", "Komisi 150% tidak mungkin")]
    [InlineData("/barang titip \"Keripik\" bungkus \"UMKM Bu Sri\" 8.000", "Tulis komisi koperasi dalam persen")]
    [InlineData("/barang titip \"Keripik\" bungkus \"Bu Sri 081234567890\" 8.000 10%", "Cukup nama usaha pemasok; nomor telepon")]
    [InlineData("/barang titip \"Keripik\" \"UMKM Bu Sri\" 8.000 10%", "Tulis nama barang, satuannya")]
    [InlineData("/barang titip \"Keripik\" bungkus 8.000 10%", "Tulis nama barang, satuannya")]
    public async Task Bad_terms_get_a_clear_reply_with_an_example_and_nothing_is_recorded(string text, string expected)
    {
        using var harness = new RouterHarness();
        var items = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Count;

        var reply = await harness.As("telegram", "1", Role.Pengelola).SendAsync(text);

        Assert.StartsWith(expected, reply.Text);
        Assert.Contains("Contoh: /barang titip \"Keripik Tempe Bu Sri\" bungkus \"UMKM Bu Sri\" 8.000 10%", reply.Text);
        Assert.Equal(items, harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Count);
    }

    [Fact]
    public async Task The_cooperatives_own_goods_on_the_shelf_cannot_turn_into_a_suppliers()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);

        var reply = await manager.SendAsync("/barang titip gula pasir kg \"UMKM Bu Sri\" 17.000 5%");

        Assert.StartsWith("Stok gula pasir masih", reply.Text);
        Assert.Contains("milik koperasi", reply.Text);
        Assert.Null(harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Gula Pasir").Consignment);
    }

    [Fact]
    public async Task An_item_with_a_price_keeps_it_and_the_reply_names_the_difference()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengurus);
        await manager.SendAsync("/barang tambah \"Sambal Pecel\" bungkus");
        await manager.SendAsync("/setharga sambal pecel 12.000");

        var reply = await manager.SendAsync("/barang titip sambal pecel bungkus \"UMKM Mbak Yuni\" 10.000 15%");

        Assert.Contains("Harga jual tetap Rp12.000/bungkus", reply.Text);
        var item = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Sambal Pecel");
        Assert.Equal(("UMKM Mbak Yuni", 10_000L, 15m), (item.Consignment!.Supplier, item.Consignment.AgreedPriceRupiah, item.Consignment.CommissionPercent));
        Assert.Equal(12_000, item.PriceRupiah);
    }
}
