using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>Price questions about things the cooperative does not sell get an honest answer, not a far-fetched "did you mean".</summary>
public class PriceQuestionReplyTests
{
    [Theory]
    [InlineData("harga emas hari ini berapa?", "emas")]
    [InlineData("harga bensin berapa?", "bensin")]
    [InlineData("brp harga semen", "semen")]
    [InlineData("/harga xyz", "xyz")]
    public async Task An_item_the_shop_does_not_sell_is_named_as_missing_with_what_it_has(string text, string typed)
    {
        using var harness = new RouterHarness();

        var reply = await harness.Stranger("telegram", "warga").SendAsync(text);

        Assert.StartsWith($"\"{typed}\" tidak ada di daftar harga {DemoSeed.Name}.", reply.Text);
        Assert.Contains("Yang ada: beras, gula pasir, minyak goreng, telur, tepung terigu.", reply.Text);
        Assert.DoesNotContain("Maksudnya", reply.Text);
        Assert.DoesNotContain("/barang tambah", reply.Text); // a member cannot add items: do not point them there
        Assert.Equal(["/harga"], reply.SuggestedReplies);
    }

    [Fact]
    public async Task A_close_name_is_still_suggested_and_a_slash_lookup_keeps_its_guess()
    {
        using var harness = new RouterHarness();
        var member = harness.Stranger("telegram", "warga");

        var close = await member.SendAsync("harga beras merah berapa?");
        var typo = await member.SendAsync("brp harga minyk");
        var slash = await member.SendAsync("/harga emas");

        Assert.Equal("Barang \"beras merah\" tidak ada di daftar. Maksudnya beras?", close.Text);
        Assert.Equal(["harga beras berapa?"], close.SuggestedReplies);
        Assert.StartsWith("Harga minyak goreng: Rp15.700/liter", typo.Text);
        Assert.Contains("Maksudnya beras?", slash.Text); // a typed command is more likely a typo than a question about gold
    }

    [Fact]
    public async Task An_ambiguous_question_still_asks_which_one()
    {
        using var harness = new RouterHarness();
        await harness.As("telegram", "1", Role.Pengurus).SendAsync("/barang tambah \"Minyak Tanah\" liter");

        var reply = await harness.Stranger("telegram", "warga").SendAsync("harga minyak berapa?");

        Assert.Contains("bisa berarti minyak goreng atau minyak tanah", reply.Text);
    }

    [Fact]
    public async Task An_empty_price_list_says_so()
    {
        using var harness = new RouterHarness(new Dictionary<string, string?> { ["Ledger:SeedDemo"] = "false", ["Cooperatives:0:Id"] = "kop-x", ["Cooperatives:0:Name"] = "KKMP X" });

        var reply = await harness.Stranger("telegram", "warga").SendAsync("harga emas berapa?");

        Assert.Equal("\"emas\" tidak ada di daftar harga KKMP X; daftar harganya masih kosong.", reply.Text);
    }

    [Fact]
    public void The_assistants_price_tool_offers_only_close_names()
    {
        using var harness = new RouterHarness();
        var shop = harness.Get<IShopReader>();

        Assert.Empty(shop.FindPrice(DemoSeed.KoperasiId, "emas").Candidates);
        Assert.Equal(["Beras"], shop.FindPrice(DemoSeed.KoperasiId, "beras merah").Candidates);
    }

    [Theory]
    [InlineData("beras berapa?", "Harga beras: Rp12.500/kg")]
    [InlineData("gula sekilo brp", "Harga gula pasir: Rp17.500/kg")]
    [InlineData("min, minyak goreng berapaan ya kak?", "Harga minyak goreng: Rp15.700/liter")]
    [InlineData("telor brp skrg", "Harga telur: Rp28.000/kg")]
    public async Task An_item_first_question_without_harga_is_a_price_question(string text, string expected)
    {
        using var harness = new RouterHarness();

        var reply = await harness.Stranger("telegram", "warga").SendAsync(text);

        Assert.StartsWith(expected, reply.Text);
    }

    [Theory]
    [InlineData("anggota berapa?")]
    [InlineData("koperasi minimal berapa orang?")]
    [InlineData("simpanan pokok berapa?")]
    [InlineData("emas berapa?")]
    public async Task The_same_shape_about_something_not_on_the_list_is_left_to_the_assistant(string text)
    {
        using var harness = new RouterHarness();

        var reply = await harness.Stranger("telegram", "warga").SendAsync(text);

        Assert.DoesNotContain("Harga ", reply.Text);
        Assert.DoesNotContain("tidak ada di daftar harga", reply.Text);
    }

    [Theory]
    [InlineData("harga beras sama gula brp")]
    [InlineData("harga beras dan gula")]
    [InlineData("/harga beras & gula")]
    public async Task Two_items_in_one_question_get_both_prices(string text)
    {
        using var harness = new RouterHarness();

        var reply = await harness.Stranger("telegram", "warga").SendAsync(text);

        Assert.Equal("Harga beras: Rp12.500/kg (1 karung = 25 kg = Rp312.500, 1 sak = 25 kg = Rp312.500).\nHarga gula pasir: Rp17.500/kg.", reply.Text);
    }

    [Fact]
    public async Task Harga2_is_the_price_list_and_a_name_with_dan_that_is_one_item_still_resolves()
    {
        using var harness = new RouterHarness();
        await harness.As("telegram", "1", Role.Pengurus).SendAsync("/barang tambah \"Kopi dan Susu\" bungkus");
        await harness.As("telegram", "2", Role.Pengelola).SendAsync("/setharga kopi dan susu 3.000");

        var list = await harness.Stranger("telegram", "warga").SendAsync("harga2 sembako");
        var combined = await harness.Stranger("telegram", "warga").SendAsync("harga kopi dan susu berapa?");

        Assert.StartsWith($"Harga di {DemoSeed.Name}:", list.Text);
        Assert.Equal("Harga kopi dan susu: Rp3.000/bungkus.", combined.Text);
    }
}
