using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>Prices set per packing unit, renaming and archiving items (demo shop: minyak goreng in liter, 1 dus = 12 liter).</summary>
public class ItemRegistryTests
{
    [Fact]
    public async Task A_price_set_per_dus_reads_back_and_sells_at_exactly_that_price()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);

        var set = await cashier.SendAsync("/setharga minyak 190.000/dus");
        var price = await cashier.SendAsync("/harga minyak");
        var sale = await cashier.SendAsync("/jual minyak 2 dus");
        var same = await cashier.SendAsync("/setharga minyak 190.000/dus");

        Assert.Equal("Tercatat: harga minyak goreng sekarang Rp15.833/liter (= Rp190.000/dus) (sebelumnya Rp15.700/liter).", set.Text);
        Assert.Contains("1 dus = 12 liter = Rp190.000", price.Text);
        Assert.Equal("Tercatat: jual minyak goreng 2 dus (24 liter) × Rp15.833/liter = Rp380.000. Sisa stok 24 liter.", sale.Text);
        Assert.Contains("memang sudah", same.Text);
    }

    [Theory]
    [InlineData(0.5, 95_000)]
    [InlineData(1, 190_000)]
    [InlineData(12, 2_280_000)]
    [InlineData(1.0 / 12, 15_833)]
    public void An_exact_price_rounds_once_per_amount(double dusen, long expected)
    {
        var item = new KKMP.Bot.Ledger.Documents.ItemDoc { BaseUnit = "liter" };
        ItemPrices.Set(item, 190_000, 12, "dus");

        Assert.Equal(expected, ItemPrices.Amount(item, Math.Round((decimal)dusen * 12, 10)));
        Assert.Equal(15_833, item.PriceRupiah);
    }

    [Fact]
    public async Task A_renamed_item_keeps_its_id_stock_and_history()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "p", Role.Pengurus);
        await board.SendAsync("/jual tepung 2 kg");
        var id = Item(harness, "Tepung Terigu").Id;

        var renamed = await board.SendAsync("/barang ganti-nama \"tepung terigu\" \"terigu protein sedang\"");
        var sale = await board.SendAsync("/jual terigu protein sedang 1 kg");
        var taken = await board.SendAsync("/barang ganti-nama \"terigu protein sedang\" beras");
        var recap = await board.SendAsync("/rekap");

        Assert.StartsWith("Tercatat: Tepung Terigu sekarang bernama terigu protein sedang", renamed.Text);
        Assert.StartsWith("Tercatat: jual terigu protein sedang 1 kg", sale.Text);
        Assert.Equal("Nama \"beras\" sudah dipakai untuk Beras. Pilih nama lain.", taken.Text);
        Assert.Equal(id, Item(harness, "terigu protein sedang").Id);
        Assert.Equal(22m, Item(harness, "terigu protein sedang").Stock);
        Assert.All(harness.Get<LedgerDb>().Movements.FindAll().Where(m => m.KoperasiId == DemoSeed.KoperasiId && m.RawText.Contains("tepung")),
            m => Assert.Equal(id, m.ItemId));
        Assert.Contains("terigu protein sedang", recap.Text);
    }

    [Fact]
    public async Task An_archived_item_leaves_lists_and_matching_but_its_history_stays()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "p", Role.Pengurus);
        await board.SendAsync("/jual telur 1 kg");

        var withStock = await board.SendAsync("/barang arsip telur");
        await board.SendAsync("/stok telur 0 kg");
        await board.SendAsync("YA"); // 29 → 0 kg changes stock by more than half: confirmed
        var archived = await board.SendAsync("/barang arsip telur");
        var list = await board.SendAsync("/barang");
        var price = await board.SendAsync("/harga telur");
        var recap = await board.SendAsync("/rekap");
        var again = await board.SendAsync("/barang tambah Telur kg");

        Assert.StartsWith("Stok telur masih 29 kg.", withStock.Text);
        Assert.Equal("Tercatat: Telur diarsipkan; tidak muncul lagi di daftar, catatan lamanya tetap.", archived.Text);
        Assert.DoesNotContain("Telur", list.Text);
        Assert.DoesNotContain("Rp28.000", price.Text);
        Assert.Contains("Telur", recap.Text);   // today's sale still names it
        Assert.StartsWith("Tercatat: barang baru Telur", again.Text); // the name is free among active items
    }

    [Theory]
    [InlineData("/barang ganti-nama gula", "Tulis nama lama lalu nama baru")]
    [InlineData("/barang ganti-nama gula pasir manis", "Tulis nama lama lalu nama baru")]
    [InlineData("/barang arsip", "Nama barang belum ditulis")]
    public void Malformed_rename_and_archive_say_how(string text, string message) =>
        Assert.Contains(message, Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text)).Message);

    private static KKMP.Bot.Ledger.Documents.ItemDoc Item(RouterHarness harness, string name) =>
        harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}
