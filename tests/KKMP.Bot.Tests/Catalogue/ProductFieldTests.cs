using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Catalogue;

/// <summary>/barang info through the real router: product fields a manager types, shown in the item's detail.</summary>
public class ProductFieldTests
{
    private static ItemDoc Oil(RouterHarness harness) =>
        harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Minyak Goreng");

    [Fact]
    public async Task A_manager_sets_the_fields_and_every_reader_sees_them_in_the_detail_and_the_list()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);
        var supervisor = harness.As("telegram", "2", Role.Pengawas);

        var set = await manager.SendAsync("/barang info \"minyak goreng\" merek=Bimoli sku=BM-1L asal=lokal tkdn=45 \"minyak sawit 1 liter\"");
        var detail = await supervisor.SendAsync("/barang info migor");
        var list = await supervisor.SendAsync("/barang");

        Assert.Equal("Tercatat: Minyak Goreng, merek Bimoli, SKU BM-1L, asal lokal, TKDN 45 %, keterangan \"minyak sawit 1 liter\".", set.Text);
        var item = Oil(harness);
        Assert.Equal(("Bimoli", "BM-1L", ItemOrigin.Lokal, 45m, "minyak sawit 1 liter"), (item.Brand, item.Sku, item.Origin, item.TkdnPercent, item.Description));
        Assert.Contains("Merek Bimoli, SKU BM-1L, asal lokal, TKDN 45 %", detail.Text);
        Assert.Contains("Keterangan: minyak sawit 1 liter", detail.Text);
        Assert.Contains("Harga: Rp15.700/liter; stok 48 liter", detail.Text);
        Assert.DoesNotContain("Belum diisi", detail.Text);
        Assert.Contains("Minyak Goreng (liter)", list.Text);
        Assert.Contains("merek Bimoli, SKU BM-1L", list.Text);
    }

    [Theory]
    [InlineData("/barang info minyak goreng merk: Sania Royale sku = SR-2L asal=impor", "Sania Royale", "SR-2L", ItemOrigin.Impor)]
    [InlineData("/barang info migor merek=\"Sania Royale\" kode=SR-2L asal=luar negeri", "Sania Royale", "SR-2L", ItemOrigin.Impor)]
    [InlineData("/barang info migor brand=Fortune asal=dalam negeri", "Fortune", null, ItemOrigin.Lokal)]
    public async Task Fields_are_read_the_ways_a_manager_types_them(string text, string brand, string? sku, ItemOrigin origin)
    {
        using var harness = new RouterHarness();
        var reply = await harness.As("telegram", "1", Role.Pengurus).SendAsync(text);

        Assert.StartsWith("Tercatat: Minyak Goreng", reply.Text);
        var item = Oil(harness);
        Assert.Equal((brand, sku, origin), (item.Brand, item.Sku, item.Origin));
    }

    [Fact]
    public async Task Only_the_fields_typed_change_and_a_dash_clears_one()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);
        await manager.SendAsync("/barang info migor merek=Bimoli sku=BM-1L tkdn=45");

        var reply = await manager.SendAsync("/barang info migor tkdn=- asal=lokal");

        Assert.Equal("Tercatat: Minyak Goreng, merek Bimoli, SKU BM-1L, asal lokal. Dihapus: TKDN.", reply.Text);
        Assert.Null(Oil(harness).TkdnPercent);
    }

    [Theory]
    [InlineData("/barang info migor tkdn=140", "TKDN 140 tidak mungkin: nilainya 0–100 %.")]
    [InlineData("/barang info migor tkdn=banyak", "TKDN \"banyak\" bukan angka persen.")]
    [InlineData("/barang info migor asal=eropa", "Asal \"eropa\" tidak dikenal; tulis asal=lokal atau asal=impor.")]
    [InlineData("/barang info migor warna=kuning", "Kolom \"warna\" tidak dikenal (pilihan: merek, sku, asal (lokal/impor), tkdn (0–100 %), ket).")]
    [InlineData("/barang info migor sku=BM 1L", "SKU \"BM 1L\" hanya boleh huruf, angka, titik, garis miring dan tanda minus, tanpa spasi.")]
    [InlineData("/barang info migor merek=Bimoli merek=Filma", "Kolom merek ditulis dua kali.")]
    [InlineData("/barang info migor \"satu\" \"dua\"", "Keterangan hanya satu, dalam satu pasang tanda kutip.")]
    [InlineData("/barang info migor merk bimoli", "Tulis kolom dengan tanda =, misalnya merk=…")]
    public async Task Bad_values_get_a_clear_reply_with_an_example_and_nothing_is_recorded(string text, string expected)
    {
        using var harness = new RouterHarness();
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await harness.As("telegram", "1", Role.Pengelola).SendAsync(text);

        Assert.StartsWith(expected, reply.Text);
        Assert.Contains("Contoh: /barang info \"minyak goreng\" merek=Bimoli", reply.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        var item = Oil(harness);
        Assert.Equal((null, null, null, null), (item.Brand, item.Sku, item.Origin, item.TkdnPercent));
    }

    [Fact]
    public async Task One_sku_names_one_item()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "1", Role.Pengelola);
        await manager.SendAsync("/barang info migor sku=BM-1L");

        var reply = await manager.SendAsync("/barang info beras sku=bm-1l");

        Assert.StartsWith("SKU bm-1l sudah dipakai untuk Minyak Goreng", reply.Text);
        Assert.Null(harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name.StartsWith("Beras", StringComparison.Ordinal)).Sku);
    }

    [Fact]
    public async Task The_detail_says_what_a_catalogue_listing_still_needs()
    {
        using var harness = new RouterHarness();

        var detail = await harness.As("telegram", "1", Role.Pengawas).SendAsync("/barang info migor");

        Assert.Contains("Belum diisi untuk katalog: merek, SKU, asal.", detail.Text);
    }
}
