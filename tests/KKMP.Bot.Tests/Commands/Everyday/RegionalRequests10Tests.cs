using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Requests, undo and questions back in session 10's voices (Papuan Malay, Bugis/Makassar, Pontianak Malay, Suroboyoan,
/// Acehnese, Betawi, Ambon, Madurese, Sasak): particles around a request (AskingWords.Particles), a reduplicated ask word,
/// regional words for now, all, there is and how much, an undo verb that closes a story about the wrong entry, and a plan to
/// shop said after the question. A question is never a write.
/// </summary>
public class RegionalRequests10Tests
{
    private static Command Parsed(string text) => Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command;

    [Theory]
    [InlineData("daftar harga sembako brapa saja e kaka?")]     // Papuan e
    [InlineData("harga sembako berapa sih skarang?")]
    [InlineData("bang, harga barang ari ni berape-berape?")]     // a reduplicated ask word: how much each
    [InlineData("harga sembako brp-brp ya min")]
    [InlineData("price list dong kak, mau belanja buat arisan")] // a plan to shop after the request
    [InlineData("daftar harga ya pak, sy mo beli buat warung")]
    public void The_whole_price_list_asked_in_the_new_voices_is_the_price_list(string text) =>
        Assert.Null(Assert.IsType<PriceQuery>(Parsed(text)).Item);

    [Theory]
    [InlineData("daftar harga dong: beras, tepung, telur")]      // the list asked, then the items it should show
    [InlineData("list harga e kaka, gula, minyak sama telur")]
    [InlineData("minta daftar harga gula beras telur minyak")]   // more words than one name has, after "daftar"
    [InlineData("harga2 brp aja kak, gula beras minyak telor")]   // the plural asks the list too
    public void The_price_list_asked_with_the_items_it_should_show_is_the_price_list(string text) =>
        Assert.Null(Assert.IsType<PriceQuery>(Parsed(text)).Item);

    [Theory]
    [InlineData("harga beras, gula sama telur brapa kak?")]      // several items asked apart by commas: each price
    [InlineData("berapa harga telur, beras, gula skrg?")]
    public async Task Several_items_asked_apart_by_commas_get_each_price(string text)
    {
        using var harness = new RouterHarness();

        var reply = await harness.Stranger("telegram", "warga").SendAsync(text);

        Assert.Contains("Harga beras: Rp12.500/kg", reply.Text);
        Assert.Contains("Harga gula pasir: Rp17.500/kg", reply.Text);
        Assert.Contains("Harga telur:", reply.Text);
    }

    [Theory]
    [InlineData("harga minyak goreng, brp?", "minyak goreng")]   // one name, then the question
    [InlineData("harga tepung terigu berapa skrg", "tepung terigu")]
    public void One_item_asked_after_harga_stays_that_item(string text, string item) =>
        Assert.Equal(item, Assert.IsType<PriceQuery>(Parsed(text)).Item);

    [Theory]
    [InlineData("harga gula brapa ndi'?", "gula")]                 // Bugis/Makassar ndi': the clerk addressed
    [InlineData("rega minyak saponapa satea?", "minyak")]          // Madurese saponapa: how much
    [InlineData("pire harge telur nane?", "telur")]                // Sasak nane: now
    [InlineData("harga tepung brapa, mo beli 3 kilo", "tepung")]   // the plan to buy is not part of the question
    public void A_price_asked_in_the_new_voices_is_the_price_of_the_item(string text, string item) =>
        Assert.Equal(item, Assert.IsType<PriceQuery>(Parsed(text)).Item);

    [Theory]
    [InlineData("gula sak kilo piro cak?", "gula")]                 // Suroboyoan sak kilo: one kilo
    [InlineData("telur sak kilo saiki piro rek", "telur")]
    public void An_item_first_question_with_sak_before_a_unit_asks_the_price_of_the_item(string text, string item) =>
        Assert.Equal(item, CommandParser.CandidatePriceQuestion(text)?.Item);

    [Theory]
    [InlineData("rekap hari ini ta' daeng", "/rekap")]            // Makassar ta'
    [InlineData("rekap kemarin jak bang", "/rekap kemarin")]      // Pontianak jak
    [InlineData("rekap jualan jelo niki nggih", "/rekap")]        // Sasak jelo niki: this day
    [InlineData("rekap mangkin bagimana?", "/rekap")]             // Sasak/Balinese mangkin: now
    [InlineData("stok semua brapa sih?", "/stok")]
    [InlineData("stok bandum peu mantong na?", "/stok")]          // Acehnese: what is still there, all of it
    [InlineData("stok di gudang berape semue? kirim jak", "/stok")]
    [InlineData("stok gula kite masih ade berape?", "/stok gula")] // Betawi/Pontianak kite, ade
    [InlineData("araq stok minyak pire nane?", "/stok minyak")]     // Sasak araq: there is
    [InlineData("minyak masih ada ko sonde usi?", "/stok minyak")]  // Kupang "ada ko sonde": is there or not
    public void A_recap_or_stock_asked_in_the_new_voices_is_read(string text, string slash) =>
        EverydayAssert.ParsesLike(text, slash);

    [Theory]
    [InlineData("sing maeng kleru, batalen rek")]                                  // Suroboyoan -en
    [InlineData("hapusen sing terakhir cak, salah ketik")]
    [InlineData("nyang tadi salah, neu hapus beh")]                                // Acehnese neu … beh, Betawi nyang
    [InlineData("lon salah input barusan, neu apus")]
    [InlineData("yang tadi salah, beta ketik telur padahal harusnya beras. hapus jua")] // the story, then the undo verb
    [InlineData("tadi keliru bos, sa tulis minyak padahal mestinya gula, batalin saja")]
    public void An_undo_in_the_new_voices_is_an_undo(string text) =>
        Assert.IsType<Undo>(Parsed(text));

    [Theory]
    [InlineData("rapat yang tadi salah jadwal, pengurus bilang hapus jua")] // another thing called off
    [InlineData("yang tadi salah, harusnya gula 3 kg, hapus jua")]          // a number: a correction, never an undo guessed
    [InlineData("cara batalen sing salah piye rek?")]                       // how to, for the assistant
    [InlineData("harga beras mau naik ya?")]                                // "mau" before no shopping word stays the remark it is
    public void A_story_with_a_number_another_event_or_a_how_to_is_no_undo_and_no_read(string text) =>
        Assert.False(CommandParser.Parse(text) is ParseResult.Parsed { Command: Undo or PriceQuery { Item: null } or Recap or StockList });

    [Theory]
    [InlineData("ade yang beli rokok 3 bungkus")]          // Betawi/Pontianak ade: someone bought goods not in the catalogue
    [InlineData("ade yang beli sabun 2 bungkus, catat jak")]
    public async Task Goods_not_in_the_catalogue_bought_in_the_new_voices_are_asked_back(string text) =>
        Assert.Contains("tidak ada di daftar", await EverydayAssert.WritesNothingEvenAfterYaAsync(text));

    [Fact]
    public async Task Someone_bought_in_betawi_words_is_a_sale() =>
        await EverydayAssert.RecordsAsync("ade yang beli gula 3 kilo", "jual gula pasir 3 kg");

    [Theory]
    [InlineData("stok gula kite masih ade berape?")]
    [InlineData("rekap hari ini ta' daeng")]
    [InlineData("harga sembako brp-brp ya min")]
    [InlineData("stok bandum peu mantong na?")]
    public async Task A_question_in_the_new_voices_is_never_written_even_when_the_manager_then_answers_ya(string text) =>
        await EverydayAssert.WritesNothingEvenAfterYaAsync(text);

    [Fact]
    public async Task An_undo_closing_a_story_reverses_the_last_entry_only_after_ya()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        await manager.SendAsync("/jual gula 1 kg");
        var movements = harness.Get<LedgerDb>().Movements.Count();

        var preview = await manager.SendAsync("yang tadi salah, beta ketik gula padahal harusnya tepung. hapus jua");
        var beforeYa = harness.Get<LedgerDb>().Movements.Count();
        await manager.SendAsync("ya");

        Assert.Contains("YA", preview.SuggestedReplies);
        Assert.Equal(movements, beforeYa);
        Assert.Equal(MovementKind.Reversal, harness.Get<LedgerDb>().Movements.FindAll().OrderBy(m => m.AtTicks).Last().Kind);
    }

    [Theory]
    [InlineData("yang tadi endeq jadi, batalin")]   // Sasak endeq: the last entry did not happen
    [InlineData("nyang tadi hana jadi, apus beh")]  // Acehnese hana
    [InlineData("sing maeng tadak jadi, hapusen")]  // Pontianak tadak
    public void Called_off_with_a_new_voice_s_not_is_an_undo(string text) =>
        Assert.IsType<Undo>(Parsed(text));

    [Theory]
    [InlineData("bu Ani hana utang, beli gula 2 kg tunai", "jual gula pasir 2 kg")]           // credit denied: a cash sale
    [InlineData("minyak 2 liter laku, hana diskon, 31.400", "jual minyak goreng 2 liter × Rp15.700")] // a discount denied: the total
    public async Task A_denied_credit_or_discount_is_read_as_the_plain_entry(string text, string recorded) =>
        await EverydayAssert.RecordsAsync(text, recorded);

    [Theory]
    [InlineData("telur kejual dua kilo tadi, cemana awak catat?", "jual telur 2 kg")]            // an entry, then how to record it
    [InlineData("masuk gula 10 kg @16.000. gmn nulisnya yg bener ya?", "masuk gula pasir 10 kg @Rp16.000")]
    public async Task An_entry_then_a_question_how_to_record_it_records_the_entry(string text, string recorded) =>
        await EverydayAssert.RecordsAsync(text, recorded);

    [Theory]
    [InlineData("jual gula 2 kg. btw cara liat rekap gimana?")]                        // a question about something else
    [InlineData("ongkos angkut 30rb td. itu dicatat di mana ya? gmn caranya?")]      // money, no goods: how to record it is asked
    [InlineData("telur 2 kg, cara nyatet yang 3 kg gimana?")]                         // a number in the question: not only how
    public void A_question_that_is_not_only_how_to_record_the_entry_before_it_is_no_entry(string text) =>
        Assert.False(CommandParser.Parse(text) is ParseResult.Parsed { Command: Sale or GoodsReceived or StockCount });
}
