using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>Everyday shop messages through the real router and ledger: the same record and echo as the slash form, or nothing.</summary>
public class EverydayRouterTests
{
    [Theory]
    [InlineData("td siang kejual tepung 2 kg 👍", "/jual tepung 2 kg")]
    [InlineData("tolong catat barang masuk migor 1 dus harga 180rb ya mas", "/masuk migor 1 dus @180rb")]
    [InlineData("sisa tepung tinggal dua puluh kilo", "/stok tepung 20 kg")]
    [InlineData("naikkan harga telur jadi 29rb", "/setharga telur 29rb")]
    [InlineData("datang beras 2 karung harga 300rb", "/masuk beras 2 karung @300.000")]
    // session 4 classes: held-down letters, colon-glued words, "sekilo setengah", "-nya" on the item, regional verbs and item names
    [InlineData("lakuuu gulpas 2kg 😁", "/jual gula 2 kg")]
    [InlineData("brg masuk:beras 2sak @Rp295.000,-", "/masuk beras 2 sak @295.000")]
    [InlineData("td laku terigu sekilo setengah", "/jual terigu 1,5 kg")]
    [InlineData("Bu, gulanya laku lagi 1kg", "/jual gula 1 kg")]
    [InlineData("geus kajual beas 4 kilo, hatur nuhun", "/jual beras 4 kg")]
    [InlineData("nembe dugi telur 5 kilo", "/masuk telur 5 kg")]
    // regional verbs, numbers and item names land on the catalogue's own goods
    [InlineData("wis kesade gendis rong kilo", "/jual gula 2 kg")]
    [InlineData("ada halak tuhor boras 5 kg", "/jual beras 5 kg")]
    [InlineData("ka teuka breuh 1 karung", "/masuk beras 1 karung")]
    [InlineData("so laku talua sakilo", "/jual telur 1 kg")]
    [InlineData("la pajuh tellor dua kilo", "/jual telur 2 kg")]
    [InlineData("bongot lengis 12 liter", "/masuk minyak goreng 12 liter")]
    [InlineData("tarigu sisane 20 kg", "/stok tepung terigu 20 kg")]
    public async Task An_everyday_message_records_and_echoes_what_its_slash_form_does(string everyday, string slash)
    {
        using var wordsHarness = new RouterHarness();
        using var slashHarness = new RouterHarness();

        var fromWords = await wordsHarness.As("telegram", "42", Role.Pengelola).SendAsync(everyday);
        var fromSlash = await slashHarness.As("telegram", "42", Role.Pengelola).SendAsync(slash);

        Assert.StartsWith("Tercatat", fromSlash.Text);
        Assert.Equal(fromSlash.Text, fromWords.Text);
        Assert.Equal(Stocks(slashHarness), Stocks(wordsHarness));
    }

    [Theory]
    [InlineData("catat jual beras 2 kg")]
    [InlineData("terjual telur 1 kg")]
    [InlineData("tolong catat beras masuk 10 kg")]
    public async Task A_member_who_writes_a_sale_in_words_is_told_who_records_and_how_to_become_one(string text)
    {
        using var harness = new RouterHarness();
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await harness.As("telegram", "7", Role.Anggota).SendAsync(text);

        Assert.Contains(CommandPolicy.HowToRecord, reply.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public async Task Several_entries_in_one_message_record_nothing_and_list_the_commands()
    {
        using var harness = new RouterHarness();
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await harness.As("telegram", "42", Role.Pengelola).SendAsync("laku tepung 2 kg sama telur 1 kg");

        Assert.Contains("/jual tepung 2 kg\n/jual telur 1 kg", reply.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    private static List<(string, decimal, long?)> Stocks(RouterHarness harness) =>
        [.. harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Select(i => (i.Name, i.Stock, i.PriceRupiah))];
}
