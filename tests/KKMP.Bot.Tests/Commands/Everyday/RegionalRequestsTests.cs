using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Requests and questions in each region's own words (AskingWords: how, all, now, show me): a recap asked with a regional
/// "how" or day word, the whole price or stock list asked with a regional "all", a price asked with a possessive particle,
/// and undo with each region's suffix. A question is never a write, and a member is never shown the stock.
/// </summary>
public class RegionalRequestsTests
{
    [Theory]
    [InlineData("rekap dino iki piye lur", "/rekap")]              // Javanese
    [InlineData("rekap dina kiye priben kang", "/rekap")]          // ngapak / Cirebon
    [InlineData("rekap poe ieu kumaha teh", "/rekap")]             // Sundanese
    [InlineData("rekap hari iko baa uda", "/rekap")]               // Minang
    [InlineData("rekap ari ini kayapa ikam", "/rekap")]            // Banjar
    [InlineData("rekap hari ini cakmano yuk", "/rekap")]           // Palembang
    [InlineData("rekap hari ini macam mana bang", "/rekap")]       // Medan
    [InlineData("rekap hari ini gimane mpok", "/rekap")]           // Betawi
    [InlineData("kase lia rekap harini jo", "/rekap")]             // Manado
    [InlineData("kasi liat rekapan skarang kaka", "/rekap")]       // Kupang
    [InlineData("rekap anne mana bela", "/rekap")]                 // Makassar
    [InlineData("rekap wingi pripun mas", "/rekap kemarin")]
    [InlineData("rekap kamari kumaha kang", "/rekap kemarin")]
    [InlineData("rekap patang baa ko diak", "/rekap kemarin")]
    [InlineData("rekap samalam kaya apa pian", "/rekap kemarin")]
    [InlineData("rekap semalam cemana kak", "/rekap kemarin")]
    [InlineData("rekap kalamarin bagimana ngana", "/rekap kemarin")]
    [InlineData("rekap subangngi berapami", "/rekap kemarin")]
    [InlineData("rekap kapatang bara?", "/rekap kemarin")]         // an ask word of any region
    [InlineData("kapatang tajua barapo?", "/rekap kemarin")]        // how much sold that day, asked
    [InlineData("kemaren kito dapat berapo? mau jingok rekap", "/rekap kemarin")] // the day before the question mark, the recap after it
    [InlineData("abis tutup kios aku mau liat rekap kemarin dulu, mau dicocokkan sama laci", "/rekap kemarin")] // the plan before the recap word
    public void A_recap_asked_with_a_regional_how_or_day_word_is_the_recap_of_that_day(string text, string slash) =>
        EverydayAssert.ParsesLike(text, slash);

    [Theory]
    [InlineData("harga kabeh barang piro saiki?")]
    [InlineData("rego sedaya barang pinten nggih")]
    [InlineData("pangaos sadaya barang sabaraha ayeuna?")]
    [InlineData("hargo sadonyo barang bara kini?")]
    [InlineData("harga barataan barang barapa wayah ini")]
    [InlineData("harga segalo barang berapo")]
    [InlineData("bagaimana harga samua barang skarang?")]
    [InlineData("harga ngaseng barang berapa mi")]
    [InlineData("harge semue barang berape")]
    [InlineData("cemana harga semua barang bang?")]
    [InlineData("daftar harga sembako kumaha? tiasa dikintun")]
    [InlineData("ado daftar hargo? kirim ki dulu")]
    public void The_whole_price_list_asked_with_a_regional_all_or_list_is_the_price_list(string text) =>
        Assert.Null(Assert.IsType<PriceQuery>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command).Item);

    [Theory]
    [InlineData("stok kabeh piro saiki?")]
    [InlineData("stok sadaya barang sabaraha ayeuna")]
    [InlineData("stok sadonyo bara kini uni")]
    [InlineData("stok barataan barang barapa pian")]
    [InlineData("stok segalo barang berapo kak")]
    [InlineData("stok samua barang brapa skarang?")]
    [InlineData("stok semue barang berape mpok")]
    [InlineData("piro stok kabeh kepriwe")]
    public void The_whole_stock_asked_with_a_regional_all_is_the_stock_list(string text) =>
        EverydayAssert.ParsesLike(text, "/stok");

    [Theory]
    [InlineData("beras pe harga brapa?", "beras")]     // Manado
    [InlineData("ngoni, gula pe harga brapa skarang", "gula")]
    [InlineData("telur pu harga brapa kaka?", "telur")] // Kupang, Papua
    [InlineData("minyak goreng punya harga berapa", "minyak goreng")]
    public void A_price_asked_with_a_possessive_particle_is_the_price_of_the_item(string text, string item) =>
        Assert.Equal(item, Assert.IsType<PriceQuery>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command).Item);

    [Theory]
    [InlineData("gula 1kg brp ya?", "gula")]
    [InlineData("telur 1 kilo piro?", "telur")]
    [InlineData("bimoli 1L barapo kak?", "bimoli")]
    public void An_item_first_question_with_one_of_a_unit_asks_the_price_of_the_item(string text, string item) =>
        Assert.Equal(item, CommandParser.CandidatePriceQuestion(text)?.Item);

    [Theory]
    [InlineData("gula 2kg brp ya?")] // two of them: what they cost together is no price list answer
    [InlineData("gula 1kg 17rb brp")]
    public void An_item_first_question_with_another_amount_is_no_price_question(string text) =>
        Assert.Null(CommandParser.CandidatePriceQuestion(text));

    [Theory]
    [InlineData("nu bieu batalkeun")]
    [InlineData("sing keri dewek busakna, wonge ora sida")] // ngapak
    [InlineData("nan cako hapuihan, indak jadi")]            // Minang
    [InlineData("nang hanyar batalakan, urangnya kada jadi")] // Banjar
    [InlineData("yang tadi hapuske, dak jadi")]              // Palembang
    [InlineData("yang tadi batalkang jo")]                   // Manado
    [InlineData("yang tadi batalki, salah")]                 // Makassar
    [InlineData("yang tadi kagak jadi, apusin")]             // Betawi
    public void An_undo_in_regional_words_is_an_undo(string text) =>
        Assert.IsType<Undo>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command);

    [Theory]
    [InlineData("cara ngaganti harga di bot teh kumaha?")] // how to do something, for the assistant
    [InlineData("carane ngganti rego piye?")]
    [InlineData("harga naik terus, cemana ini bang")]
    [InlineData("rapat kemaren cak mano hasilnyo")]
    [InlineData("batalkan arisan nang hanyar")]             // another thing called off
    public void A_remark_or_a_how_to_question_stays_a_sentence(string text) =>
        Assert.False(CommandParser.Parse(text) is ParseResult.Parsed { Command: PriceQuery or Recap or Undo or StockList });

    [Theory]
    [InlineData("rekap dina kiye kepriben")]
    [InlineData("hargo galo barang berapo")]
    [InlineData("stok sadonyo bara kini?")]
    [InlineData("gula pe harga brapa")]
    public async Task A_question_is_never_written_even_when_the_manager_then_answers_ya(string text) =>
        await EverydayAssert.WritesNothingEvenAfterYaAsync(text);

    [Theory]
    [InlineData("stok galo barang berapo")]
    [InlineData("stok kabeh piro saiki?")]
    [InlineData("bara stok sadonyo kini?")]
    public async Task A_member_asking_the_whole_stock_in_regional_words_is_not_shown_it(string text)
    {
        using var harness = new RouterHarness();
        var stock = (await harness.As("telegram", "1", Role.Pengelola).SendAsync("/stok")).Text;
        var beras = stock.Split('\n').First(line => line.Contains("beras", StringComparison.OrdinalIgnoreCase));

        var answer = await harness.As("telegram", "7", Role.Anggota).SendAsync(text);

        Assert.DoesNotContain(beras, answer.Text);
    }

    [Fact]
    public async Task An_undo_in_regional_words_reverses_the_last_entry_after_ya()
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        await manager.SendAsync("/jual gula 1 kg");

        var preview = await manager.SendAsync("nang hanyar batalakan");
        await manager.SendAsync("ya");

        Assert.Contains("YA", preview.SuggestedReplies);
        Assert.Equal(MovementKind.Reversal, harness.Get<LedgerDb>().Movements.FindAll().OrderBy(m => m.AtTicks).Last().Kind);
    }
}
