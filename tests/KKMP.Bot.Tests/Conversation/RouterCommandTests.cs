using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Conversation;

public class RouterCommandTests
{
    private static decimal StockOf(RouterHarness harness, string name, string koperasiId = DemoSeed.KoperasiId) =>
        harness.Get<Catalog>().ListItems(koperasiId).Single(i => i.Name == name).Stock;

    [Theory]
    [InlineData("/jual beras 2,5 kg", "Tercatat: jual beras 2,5 kg × Rp12.500 = Rp31.250. Sisa stok 97,5 kg.")]
    [InlineData("jual beras 1 karung", "Tercatat: jual beras 1 karung (25 kg) × Rp12.500/kg = Rp312.500. Sisa stok 75 kg.")]
    [InlineData("/JUAL@KKMPBot  gula   500 gram", "Tercatat: jual gula pasir 500 gram (0,5 kg) × Rp17.500/kg = Rp8.750. Sisa stok 49,5 kg.")]
    [InlineData("/jual migor 2 liter @15.000", "Tercatat: jual minyak goreng 2 liter × Rp15.000 = Rp30.000. Sisa stok 46 liter.")]
    [InlineData("/stok beras 50 kg", "Tercatat: stok beras dihitung 50 kg (sebelumnya 100 kg, selisih -50 kg). Stok sekarang 50 kg.")]
    [InlineData("/masuk beras 100 kg @11.500", "Tercatat: masuk beras 100 kg @Rp11.500 = Rp1.150.000. Stok sekarang 200 kg.")]
    [InlineData("/setharga beras 13.000", "Tercatat: harga beras sekarang Rp13.000/kg (sebelumnya Rp12.500/kg).")]
    public async Task Every_write_is_echoed_with_normalised_values_and_the_resulting_stock(string command, string echo)
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);

        var reply = await cashier.SendAsync(command);

        Assert.Equal(echo, reply.Text);
    }

    [Fact]
    public async Task A_sale_uses_the_price_set_before_it()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);

        await cashier.SendAsync("/setharga telur 30rb");
        var reply = await cashier.SendAsync("/jual telur 2 kg");

        Assert.Equal("Tercatat: jual telur 2 kg × Rp30.000 = Rp60.000. Sisa stok 28 kg.", reply.Text);
    }

    [Theory]
    [InlineData("/jual kopi 1 kg", "Barang \"kopi\" tidak ada")]
    [InlineData("/jual beras 2 liter", "Satuan \"liter\" tidak cocok untuk beras. Pakai kg, karung atau sak, contoh: /jual beras 2 kg")]
    [InlineData("/jual minyak goreng 100 liter", "Stok minyak goreng tidak cukup: ada 48 liter, mau dijual 100 liter.")]
    [InlineData("/jual beras 0 kg", "")]
    [InlineData("/jual beras -2 kg", "")]
    [InlineData("/jual beras dua kg", "")]
    [InlineData("/jual beras 2 kg sekarang juga", "")]
    [InlineData("/jual beras 999999999 kg", "")]
    [InlineData("/stok beras 50 liter", "Satuan \"liter\" tidak cocok untuk beras")]
    [InlineData("/masuk tepung 1 karung", "Satuan \"karung\" tidak cocok untuk tepung terigu")]
    [InlineData("/setharga beras 0", "")]
    [InlineData("/jual beras 2 kg\u0007", "")]
    public async Task Bad_input_gets_a_short_indonesian_reply_with_an_example_and_records_nothing(string command, string expected)
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);
        var auditBefore = harness.Get<LedgerDb>().RecordedWrites();
        var stockBefore = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Select(i => i.Stock).ToList();

        var reply = await cashier.SendAsync(command);

        Assert.Contains(expected, reply.Text);
        Assert.DoesNotContain("Tercatat", reply.Text);
        Assert.Matches("[Cc]ontoh|/masuk|/harga|Maksud", reply.Text);
        Assert.True(reply.Text.Length < 300, reply.Text);
        Assert.Equal(auditBefore, harness.Get<LedgerDb>().RecordedWrites());
        Assert.Equal(stockBefore, harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Select(i => i.Stock));
    }

    [Fact]
    public async Task An_ambiguous_item_gets_a_question_with_full_corrected_commands_to_tap()
    {
        using var harness = new RouterHarness();
        await harness.As("telegram", "1", Role.Pengurus).SendAsync("/barang tambah \"Minyak Tanah\" liter");
        await harness.As("telegram", "1", Role.Pengurus).SendAsync("/masuk minyak tanah 10 liter @9.000");
        var cashier = harness.As("telegram", "42", Role.Pengelola);

        var question = await cashier.SendAsync("/jual minyak 2 liter");
        var answer = await cashier.SendAsync(question.SuggestedReplies[0]);

        Assert.Contains("Yang mana?", question.Text);
        Assert.Equal(["/jual minyak goreng 2 liter", "/jual minyak tanah 2 liter"], question.SuggestedReplies);
        Assert.Equal(48, StockOf(harness, "Minyak Goreng") + 2);
        Assert.StartsWith("Tercatat: jual minyak goreng 2 liter", answer.Text);
    }

    [Fact]
    public async Task A_small_typo_in_an_item_name_resolves_to_the_one_close_item()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);

        var typo = await cashier.SendAsync("/jual bers 1 kg");

        Assert.StartsWith("Tercatat: jual beras 1 kg", typo.Text);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_recorded_once()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);

        var first = await cashier.SendAsync("/jual beras 2 kg", messageId: "update-9");
        var again = await cashier.SendAsync("/jual beras 2 kg", messageId: "update-9");

        Assert.StartsWith("Tercatat", first.Text);
        Assert.Contains("sudah tercatat", again.Text);
        Assert.Equal(98, StockOf(harness, "Beras"));
    }

    [Fact]
    public async Task Undo_reverses_the_users_own_last_entry()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);
        await cashier.SendAsync("/jual beras 2 kg");

        var undo = await cashier.SendAsync("/batal");
        var nothing = await cashier.SendAsync("/batal");

        Assert.Equal("Dibatalkan: jual beras 2 kg (Rp25.000). Stok sekarang 100 kg.", undo.Text);
        Assert.StartsWith("Tidak ada catatan Anda (jual, masuk, hitung stok, kas, biaya, simpanan) dalam 7 hari terakhir", nothing.Text);
        Assert.Contains("/setharga beras 12.500", nothing.Text); // /batal does not undo prices: say how to fix one
    }

    [Fact]
    public async Task Recap_shows_the_days_sales_revenue_stock_and_low_items()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "42", Role.Pengelola);
        await cashier.SendAsync("/jual beras 2 kg");
        await cashier.SendAsync("/jual minyak goreng 40 liter");
        await cashier.SendAsync("/jual beras 1 kg");
        await cashier.SendAsync("/batal");

        var recap = await cashier.SendAsync("/rekap");
        var yesterday = await cashier.SendAsync("/rekap kemarin");

        Assert.Contains("• Beras: 2 kg = Rp25.000", recap.Text);
        Assert.Contains("• Minyak Goreng: 40 liter = Rp628.000", recap.Text);
        Assert.Contains("Total penjualan: Rp653.000", recap.Text);
        Assert.Contains("Stok menipis: Minyak Goreng 8 liter (minimum 12 liter)", recap.Text);
        Assert.Contains("Belum ada penjualan", yesterday.Text);
    }

    [Fact]
    public async Task Newcomers_are_members_of_the_default_cooperative_and_see_prices()
    {
        using var harness = new RouterHarness();
        var stranger = harness.Stranger("webchat", "visitor");

        var list = await stranger.SendAsync("/harga");
        var question = await stranger.SendAsync("harga beras berapa?");

        Assert.Contains("• Beras: Rp12.500/kg", list.Text);
        Assert.StartsWith("Harga beras: Rp12.500/kg", question.Text);
    }

    [Fact]
    public async Task Free_text_goes_to_the_assistant_and_overlong_text_is_refused()
    {
        using var harness = new RouterHarness();
        var stranger = harness.Stranger("webchat", "visitor");

        var chat = await stranger.SendAsync("apa itu koperasi?");
        var longText = await stranger.SendAsync(new string('a', 5000));

        Assert.Contains("/bantuan", chat.SuggestedReplies);
        Assert.Contains("terlalu panjang", longText.Text);
    }
}
