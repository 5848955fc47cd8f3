using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Conversation;

public class RouterItemTests
{
    [Fact]
    public async Task The_board_adds_an_item_with_alias_packing_and_minimum_and_the_cashier_uses_them()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "1", Role.Pengurus);
        var cashier = harness.As("telegram", "2", Role.Pengelola);

        var added = await board.SendAsync("/barang tambah \"Kopi Bubuk\" bungkus");
        var alias = await board.SendAsync("/barang alias \"kopi bubuk\" kopi");
        var packing = await board.SendAsync("/barang kemasan kopi dus 40");
        var minimum = await board.SendAsync("/barang minimum kopi 50");
        await cashier.SendAsync("/setharga kopi 2.500");
        var received = await cashier.SendAsync("/masuk kopi 2 dus");
        var sold = await cashier.SendAsync("/jual kopi 35 bungkus");
        var recap = await cashier.SendAsync("/rekap");
        var duplicate = await board.SendAsync("/barang tambah \"kopi bubuk\" bungkus");

        Assert.StartsWith("Tercatat: barang baru Kopi Bubuk dengan satuan bungkus.", added.Text);
        Assert.Equal("Tercatat: \"kopi\" sekarang berarti Kopi Bubuk.", alias.Text);
        Assert.Equal("Tercatat: 1 dus kopi bubuk = 40 bungkus.", packing.Text);
        Assert.Equal("Tercatat: batas minimum stok kopi bubuk 50 bungkus. Stok sekarang 0 bungkus.", minimum.Text);
        Assert.Equal("Tercatat: masuk kopi bubuk 2 dus (80 bungkus). Stok sekarang 80 bungkus.", received.Text);
        Assert.Equal("Tercatat: jual kopi bubuk 35 bungkus × Rp2.500 = Rp87.500. Sisa stok 45 bungkus.", sold.Text);
        Assert.Contains("Stok menipis: Kopi Bubuk 45 bungkus (minimum 50 bungkus)", recap.Text);
        Assert.Contains("sudah ada", duplicate.Text);
    }

    [Fact]
    public async Task Parallel_sales_through_the_router_never_sell_more_than_the_stock()
    {
        using var harness = new RouterHarness();
        var cashiers = Enumerable.Range(0, 8).Select(i => harness.As("telegram", $"kasir{i}", Role.Pengelola)).ToList();

        // Minyak goreng: 48 liter in the demo; 8 cashiers try 10 sales of 1 liter each, all at once.
        var replies = await Task.WhenAll(cashiers.SelectMany(c => Enumerable.Range(0, 10).Select(_ => Task.Run(() => c.SendAsync("/jual minyak goreng 1 liter")))));

        var item = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Minyak Goreng");
        Assert.Equal(48, replies.Count(r => r.Text.StartsWith("Tercatat", StringComparison.Ordinal)));
        Assert.Equal(32, replies.Count(r => r.Text.StartsWith("Stok minyak goreng tidak cukup", StringComparison.Ordinal)));
        Assert.Equal(0, item.Stock);
        Assert.Equal(0, harness.Get<StockBook>().StockFromMovements(DemoSeed.KoperasiId, item.Id));
        Assert.Single(replies, r => r.Text.EndsWith("Sisa stok 0 liter.", StringComparison.Ordinal));
    }
}
