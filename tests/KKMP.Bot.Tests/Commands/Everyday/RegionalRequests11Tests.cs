using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Requests and questions in session 11's voices (Kendari/Buton, Jambi and Bengkulu Malay, Osing Banyuwangi, Flores): a final -a
/// said -o ("semuanyo", "ado"), the particle "bede", Osing "ring" (at), "paran" (what), "baen" (only), "isun arep" (I want),
/// "still" as typed ("masi"), an undo that closes a correction, and what a member sees when asking whether an item is there.
/// </summary>
public class RegionalRequests11Tests
{
    private static Command Parsed(string text) => Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command;

    [Theory]
    [InlineData("stok semuonyo berapo kini?", "/stok")]                  // Jambi/Bengkulu: all, how much, now
    [InlineData("stok galo semuanyo brapo?", "/stok")]
    [InlineData("stok gula masih ado berapo?", "/stok gula")]           // ado: there is, never part of the name
    [InlineData("telur masih ado idak?", "/stok telur")]
    [InlineData("stok tepung brapa bede skrg?", "/stok tepung")]         // Kendari bede: a particle
    [InlineData("stok kabeh kari piro?", "/stok")]                       // Osing/Javanese kari: what is left
    [InlineData("stok kabeh kari piro, isun arep blanja sesuk", "/stok")] // the asker's plan after the request
    [InlineData("gula masi ada?", "/stok gula")]                         // "still" as typed
    [InlineData("minyak isih ono ta?", "/stok minyak")]
    public void A_stock_question_in_the_new_voices_is_read(string text, string slash) =>
        EverydayAssert.ParsesLike(text, slash);

    [Theory]
    [InlineData("harga gula brapa bede?", "gula")]
    [InlineData("bu, harga telur brp bede sekarang?", "telur")]
    [InlineData("rego beras ring koperasi piro?", "beras")]             // Osing ring: at
    [InlineData("rego minyak piro riko? isun arep tuku", "minyak")]      // riko: you; the plan after the question
    public void A_price_asked_in_the_new_voices_is_the_price_of_the_item(string text, string item) =>
        Assert.Equal(item, Assert.IsType<PriceQuery>(Parsed(text)).Item);

    [Theory]
    [InlineData("daftar rego ring koperasi paran baen?")]              // Osing: what (all) are the prices at the cooperative
    [InlineData("daftar harga sembako paran baen riko?")]
    [InlineData("harga semuonyo berapo?")]
    public void The_whole_price_list_asked_in_the_new_voices_is_the_price_list(string text) =>
        Assert.Null(Assert.IsType<PriceQuery>(Parsed(text)).Item);

    [Theory]
    [InlineData("sa tulis 20 kilo, bukan 2, hapus yg tadi")]           // the wrong figure and the right one, then the undo
    [InlineData("eh 3 liter bukan 30, batalkan yang terakhir")]
    [InlineData("bukan 12 rak, cuma 2 rak, batalin yg barusan")]
    public void A_correction_closed_by_an_undo_of_the_last_entry_is_an_undo(string text) =>
        Assert.IsType<Undo>(Parsed(text));

    [Theory]
    [InlineData("Mohon maaf, Ibu. Entri yang tadi saya kirim ternyata keliru karena salah lihat faktur. Mohon dibatalkan terlebih dahulu, nanti saya kirim lagi.")]
    [InlineData("catatan barusan ternyata salah soalnya sy salah baca nota, tolong dihapus dulu ya")] // the story after a reason word, then the undo
    public void An_undo_after_a_story_of_why_the_last_entry_is_wrong_is_an_undo(string text) =>
        Assert.IsType<Undo>(Parsed(text));

    [Theory]
    [InlineData("jual gula 2 kg, hapus yg tadi")]                      // a new entry and an undo: which is meant is asked
    [InlineData("hapus yg tadi, bukan 2 tapi 20")]                      // the undo is not the closing words
    public void A_new_entry_beside_an_undo_or_an_undo_before_figures_is_no_undo(string text) =>
        Assert.False(CommandParser.Parse(text) is ParseResult.Parsed { Command: Undo });

    [Fact]
    public async Task A_correction_closed_by_an_undo_reverses_the_last_entry_only_after_ya()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        await manager.SendAsync("/jual beras 20 kg");
        var movements = harness.Get<LedgerDb>().Movements.Count();

        var preview = await manager.SendAsync("sa bilang 2 kilo, bukan 20, hapus mi yg tadi");
        var beforeYa = harness.Get<LedgerDb>().Movements.Count();
        await manager.SendAsync("ya");

        Assert.Contains("YA", preview.SuggestedReplies);
        Assert.Equal(movements, beforeYa);
        Assert.Equal(MovementKind.Reversal, harness.Get<LedgerDb>().Movements.FindAll().OrderBy(m => m.AtTicks).Last().Kind);
    }

    [Theory]
    [InlineData("minyak masi ada ko tra? sa mau pi ambil sore", "minyak goreng")]
    [InlineData("gula masih ado idak? isun arep tuku", "gula pasir")]
    public async Task A_member_asking_whether_an_item_is_there_hears_yes_and_its_price_never_the_figure(string text, string item)
    {
        using var harness = new RouterHarness();
        var member = harness.As("telegram", "7", Role.Anggota);

        var reply = await member.SendAsync(text);

        Assert.StartsWith($"Ya, {item} masih ada.", reply.Text);
        Assert.Contains($"Harga {item}: Rp", reply.Text);
        Assert.DoesNotContain("Stok", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_member_asking_after_an_item_sold_out_hears_it_is_out()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        var counted = await manager.SendAsync("/stok telur 0 kg");
        if (counted.SuggestedReplies.Contains("YA")) counted = await manager.SendAsync("ya"); // a count that empties the shelf is asked first
        Assert.StartsWith("Tercatat", counted.Text);
        var member = harness.As("telegram", "7", Role.Anggota);

        var reply = await member.SendAsync("telur masih ada kah kak?");

        Assert.StartsWith("Maaf, telur sedang habis.", reply.Text);
    }

    [Theory]
    [InlineData("/stok telur")]
    [InlineData("stok telur masih ado berapo?")]
    public async Task One_item_s_stock_read_right_after_a_count_shows_the_counted_figure(string asked)
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        await manager.SendAsync("/stok telur 20 kg");

        var reply = await manager.SendAsync(asked);

        Assert.StartsWith("Stok Telur: 20 kg", reply.Text); // before: the cached catalogue's 30 kg
    }

    [Theory]
    [InlineData("bu sa mau catat tadi laku gula 2 kilo")]       // a member who tries to record in words the grammar does not take whole
    [InlineData("kak, isun nyatet minyak payu 2 liter mau isuk")]
    public async Task A_member_who_tries_to_record_in_loose_words_is_told_how_to_become_a_pengelola(string text)
    {
        using var harness = new RouterHarness();
        var member = harness.As("telegram", "7", Role.Anggota);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await member.SendAsync(text);
        await member.SendAsync("ya");

        Assert.Contains("pengelola", reply.Text);
        Assert.Contains("/gabung", reply.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public async Task A_member_typing_the_stock_command_is_still_refused()
    {
        using var harness = new RouterHarness();

        var reply = await harness.As("telegram", "7", Role.Anggota).SendAsync("/stok minyak");

        Assert.Contains("hanya untuk", reply.Text);
    }

    [Fact]
    public async Task A_manager_asking_whether_an_item_is_there_gets_the_stock_figure()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);

        var asked = await manager.SendAsync("minyak masi ada ko tra?");

        Assert.Equal((await manager.SendAsync("/stok minyak")).Text, asked.Text);
    }

    [Theory]
    [InlineData("stok semuonyo berapo kini?")]
    [InlineData("minyak masi ada ko tra? sa mau pi ambil sore")]
    [InlineData("daftar rego ring koperasi paran baen?")]
    public async Task A_question_in_the_new_voices_is_never_written_even_when_the_manager_then_answers_ya(string text) =>
        await EverydayAssert.WritesNothingEvenAfterYaAsync(text);
}
