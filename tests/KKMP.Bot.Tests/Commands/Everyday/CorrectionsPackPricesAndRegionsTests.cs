using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Session 7's classes, in made-up messages of the same kinds: an amount taken back with "bukan", a doubt settled later,
/// "kalau ga salah" as a hedge, the price of one pack said after the amount ("sadus 180rb"), a price changed with
/// "dijadikan" or after "naik/turun", what is left asked with "sisa … brp", a how-to question about undo, and words
/// from Banjar, Palembang, Kupang, Manado, Sundanese and Javanese krama.
/// </summary>
public class CorrectionsPackPricesAndRegionsTests
{
    [Theory]
    // the price of one pack, unit or kilo after the amount, in digits or words, with or without "harga" and "-nya"
    [InlineData("masuk beras 3 karung, sekarung 300rb", "/masuk beras 3 karung @300rb")]
    [InlineData("minyak goreng masuk lima dus harga satu dusnya seratus delapan puluh ribu", "/masuk minyak goreng 5 dus @180rb")]
    [InlineData("datang telur 10 kg, per kilonya 26.500", "/masuk telur 10 kg @26.500")]
    [InlineData("masuk gula dua puluh kilo harga enam belas ribu lima ratus", "/masuk gula 20 kg @16.500")]
    // a hedge is no correction
    [InlineData("kalau ga salah tadi laku telur 2 kg", "/jual telur 2 kg")]
    [InlineData("klo nggak salah sisa beras 40 kg", "/stok beras 40 kg")]
    // the goods word before a receipt verb with filler between; krama "nampi"; Palembang "sekok", Banjar "bae"
    [InlineData("barang hanyar datang: gula 20 kilo", "/masuk gula 20 kg")]
    [InlineData("nembe nampi gula 20 kilo", "/masuk gula 20 kg")]
    [InlineData("tapung laku sekok kilo bae", "/jual tapung 1 kg")]
    // a new price: "dijadikan", or the one price sold at after "naik"/"turun"
    [InlineData("harga gula sekilo dijadikan delapan belas ribu", "/setharga gula 18.000 per kg")]
    [InlineData("terigu naik, jual 11.500 sekilo mulai sekarang", "/setharga terigu 11.500 per kg")]
    [InlineData("minyak turun, jual 15rb seliter aja", "/setharga minyak 15.000 per liter")]
    // what is left, asked; the whole stock asked in Javanese; undo in Sundanese
    [InlineData("sisa gula brp kilo skrg", "/stok gula")]
    [InlineData("stok semua saiki piye", "/stok")]
    [InlineData("punten nu bieu dibatalkeun", "/batal")]
    [InlineData("rekap kamarin jo", "/rekap kemarin")]
    public void An_everyday_form_parses_to_the_slash_forms_command(string everyday, string slash) =>
        EverydayAssert.ParsesLike(everyday, slash);

    [Theory]
    [InlineData("caranya hapus catatan yg salah gimana ya?")] // how to undo: the assistant explains, nothing is undone
    [InlineData("cara batalin jualan gmn min")]
    public void Asking_how_to_undo_is_not_an_undo(string text) =>
        Assert.IsNotType<ParseResult.Parsed>(CommandParser.Parse(text));

    [Theory]
    // an amount taken back with "bukan"/"bkn" is not the amount; a doubt settled by a later amount takes the later one
    [InlineData("laku gula 2 kg, bukan 20 ya", "gula pasir 2 kg")]
    [InlineData("masuk telur 5 kg, bkn 50 kg", "telur 5 kg")]
    [InlineData("jual gula 2 kg, eh 2 atau 3 ya.. 3 deh", "gula pasir 3 kg")]
    // customers named in the regions' words, and bought by the shop next door
    [InlineData("bu Sri ambe beras 3 kilo, su bayar", "beras 3 kg")]
    [InlineData("acil di warung tukar telok 2 kilo", "telur 2 kg")]
    [InlineData("migor sedus diborong warung pak Dul, bayar 186rb", "minyak goreng 1 dus (12 liter) × Rp186.000")]
    [InlineData("tadi ada pembeli gula sekilo", "gula pasir 1 kg")]
    // two amounts of one item joined by "sama"/"dan" add up; a comma typed without its space; Minang "jua"; goods "for the stock"
    [InlineData("opname beras: 3 karung sm 10 kg", "85 kg")]
    [InlineData("sisa migor 1 dus dan 4 liter", "16 liter")]
    [InlineData("terigu 2kg kejual,22rb", "tepung terigu 2 kg × Rp11.000")]
    [InlineData("gula 1 kg laku,gpp pake hrg lama", "gula pasir 1 kg")]
    [InlineData("Ambo jua gulo 2 kilo cako", "gula pasir 2 kg")]
    [InlineData("tadi supir agen nganter gula 20 kilo buat stok", "masuk gula pasir 20 kg")]
    [InlineData("beli beras 2 karung dari pasar untuk stok", "masuk beras 2 karung")]
    [InlineData("sisa beras di gudang 3 karung + 10 kg", "stok beras dihitung 85 kg")] // "+" joins like "plus"
    [InlineData("td siang beli beras 5 karung ke bulog, 295rb per karung, udh lunas", "masuk beras 5 karung")] // bought "ke" a source
    // a customer named in one clause buys in a later one (their "datang" is no delivery); the speaker buying is the shop's purchase
    [InlineData("tadi ada bapak2 datang, beli gula 2 kilo", "jual gula pasir 2 kg")]
    [InlineData("pak RT mampir, beli minyak 2 liter, bayar pas", "jual minyak goreng 2 liter")]
    [InlineData("pak kades datang, terus saya beli gula 20 kilo dari agen", "masuk gula pasir 20 kg")]
    [InlineData("pak Slamet datang bawa telur 15 kilo", "masuk telur 15 kg")]
    [InlineData("Nak Budi membeli telur ayam tujuh ons", "jual telur 7 ons (0,7 kg)")]
    // the same settling number said twice; a report passed on by an officer
    [InlineData("laku gula 2 kg, eh 2 ato 3 ya.. 3 deh td aku cek notanya 3", "gula pasir 3 kg")]
    [InlineData("pak bendahara nitip lapor: terjual telur 2 kg", "jual telur 2 kg")]
    // Minang tens, teens and hundreds (puluah, baleh, ratuih); "dorang" (Manado: they) buying; nothing left said without a number
    [InlineData("bareh tajua duo puluah kilo", "beras 20 kg")]
    [InlineData("gulo masuak limo puluah kilo, harago anam baleh ribu sakilo", "masuk gula pasir 50 kg @Rp16.000")]
    [InlineData("dorang beli telur 1 kilo tadi, kase harga 28 ribu", "jual telur 1 kg")]
    [InlineData("so abis minya goreng di rak, kosong", "0 liter")]
    [InlineData("beras hampir abis, 1 karung lagi", "stok beras dihitung 25 kg")] // almost out, and what is left said
    public async Task The_meant_amount_and_item_are_recorded(string text, string recorded) =>
        await EverydayAssert.RecordsAsync(text, recorded);

    [Theory]
    [InlineData("acil Imah ambil gula 2 kilo, bayarnya hari Kamis kaina")] // paid later: credit
    [InlineData("bu Tini ambil beras 2 kilo bayar hari senin")]
    [InlineData("nyanda jadi tadi yang jual gula 2 kilo, hapus jo")] // called off in Manado words: never a sale
    public async Task Goods_paid_later_or_called_off_are_asked_back_and_nothing_is_written(string text) =>
        await EverydayAssert.AsksBackAndWritesNothingAsync(text);

    [Theory]
    [InlineData("harga telok berapo kini yuk?", "telok")]
    [InlineData("bras barapa wayah ini cil?", "bras")]
    [InlineData("harago bareh bara kini uda?", "bareh")]
    [InlineData("Kaka, sonde ada daftar harga kah?", null)] // the whole list
    [InlineData("Pak, gula masih 17.500 kah?", "gula")] // whether the price is still the one remembered
    [InlineData("telur msh 28rb sekilo ya bu?", "telur")]
    public void A_price_asked_in_Palembang_Banjar_or_Minang_words_names_the_goods(string text, string? item)
    {
        // item first without "harga" is only a candidate, which the router checks against the catalogue
        var query = (CommandParser.Parse(text) as ParseResult.Parsed)?.Command as PriceQuery ?? CommandParser.CandidatePriceQuestion(text);
        Assert.NotNull(query);
        Assert.Equal(item, query.Item);
    }

    /// <summary>A comma typed without its space is spaced only after a word: a decimal amount ("2,5") is never split, glued to a verb or not.</summary>
    [Property(MaxTest = 200)]
    public Property A_decimal_amount_keeps_its_comma() => Prop.ForAll(
        Gen.Choose(1, 9999).Select(n => n / 100m).ToArbitrary(),
        Gen.Elements("jual gula {0} kg", "laku,gula {0} kg", "gula {0}kg kejual,").ToArbitrary(),
        (amount, form) =>
        {
            var text = string.Format(CultureInfo.InvariantCulture, form, amount.ToString("0.##", CultureInfo.GetCultureInfo("id-ID")));
            var sale = Assert.IsType<Sale>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command);
            return sale.Quantity.Amount == amount;
        });
}
