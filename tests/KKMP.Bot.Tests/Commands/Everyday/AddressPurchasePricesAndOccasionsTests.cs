using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Session 8's classes, in made-up messages of the same kinds: one vocabulary of the people in a shop chat
/// (<see cref="FormsOfAddress"/>: Papuan mace/pace/sa, Sasak inaq/amaq, Acehnese bg, Balinese tiang) for every reader;
/// where and at what the shop bought, said after the goods ("beli di pasar 25.500 sekilo"); money with thousands dots
/// before the unit it is per; "4 kg lebih setengah"; Papuan "sa kilo"; Betawi and Pontianak "tige"; Javanese "kari" and
/// "hitung"; street money added up ("ceban goceng"); a price in thousands and a half ("18 setengah"); weighed again
/// ("timbang ulang"); what is still there ("isih ono", "nang ada") and where ("ndek gudang"); the occasion around a recap ("tutup kios, …") and the reason after it; "barang2", "harge", "nike".
/// </summary>
public class AddressPurchasePricesAndOccasionsTests
{
    [Theory]
    // the shop's purchase place and price after the goods
    [InlineData("datang gula 30 kilo, beli di pasar induk 16.200 sekilo", "/masuk gula 30 kg @16.200")]
    [InlineData("masuk minyak 4 dus, beli 178rb sedus", "/masuk minyak 4 dus @178rb")]
    [InlineData("masuk terigu 10 kg, kulak dari toko Ahong 10.300/kg", "/masuk terigu 10 kg @10.300")]
    // the grammar reads these now; they were guesses before session 8: a form of address as a source, dotted money per unit
    [InlineData("kaka, telur su masuk 15 kg dari pace di pasar, 25rb sekilo", "/masuk telur 15 kg @25rb")]
    [InlineData("kiriman terigu 20 kilo dr distributor, 9.500/kg", "/masuk terigu 20 kg @9.500")]
    [InlineData("harago beras sakarung kini 320 ribu", "/setharga beras 320rb per karung")] // one list of price words (Minang harago)
    // money with thousands dots before the unit it is per
    [InlineData("jual telur 2 kg 28.500 per kg", "/jual telur 2 kg @28.500")]
    // a part after "lebih", a Papuan one, Pontianak and Betawi numbers, Javanese "kari" and "hitung"
    [InlineData("beras tinggal 12 kg lebih setengah", "/stok beras 12,5 kg")]
    [InlineData("laku minyak sa liter", "/jual minyak 1 liter")]
    [InlineData("kejual gula due kilo", "/jual gula 2 kg")]
    [InlineData("telur kari 6 kilo", "/stok telur 6 kg")]
    [InlineData("hitung terigu 14 kg", "/stok terigu 14 kg")]
    // a price in thousands and a half, typed or spelled; weighed again is counted
    [InlineData("harga telur 28 setengah mulai sekarang", "/setharga telur 28.500")]
    [InlineData("rego beras dadi rolas setengah", "/setharga beras 12.500")]
    [InlineData("timbang ulang terigu, ternyata cuma 7,5 kg", "/stok terigu 7,5 kg")]
    // Madurese (ajual, paju, kèlo, satengnga, èbu, arè nèka), Suroboyoan ("sak kilone", busek), written with or without accents
    [InlineData("engko' la ajual gula 3 kèlo", "/jual gula 3 kg")]
    [InlineData("menyak paju 2 liter satengnga", "/jual menyak 2,5 liter")]
    [InlineData("kulakan beras 50 kilo, rego 11.900 sak kilone", "/masuk beras 50 kg @11.900")]
    [InlineData("telor paju 2 kelo, rego 28 èbu sak kelo", "/jual telor 2 kg @28rb")]
    [InlineData("rekap arè nèka", "/rekap")]
    [InlineData("kliru rek, busek sing mau", "/batal")]
    // what is still there, said with an amount, is a count; where the goods are is not what they are
    [InlineData("ning gudang isih ono beras 40 kilo", "/stok beras 40 kg")]
    [InlineData("terigu isih 12kg di rak", "/stok terigu 12 kg")]
    [InlineData("minyak nang ada wayah ini 20 liter", "/stok minyak 20 liter")]
    [InlineData("gula masih ada 9 kg di gudang", "/stok gula 9 kg")]
    [InlineData("sisa telor di rak tinggal 4 kilo stgh", "/stok telor 4,5 kg")] // a guess before session 8
    // a recap around the closing of the shop, with the reason after it
    [InlineData("tutup warung, sy mau liat rekap hari ini", "/rekap")]
    [InlineData("sampun tutup bli, tiang minta rekap nggih", "/rekap")]
    [InlineData("minta rekapan hari ini ya mau dicocokkan sama kas", "/rekap")]
    public void An_everyday_form_parses_to_the_slash_forms_command(string everyday, string slash) =>
        EverydayAssert.ParsesLike(everyday, slash);

    [Theory]
    [InlineData("mace, gula brp sekilo?", "gula")] // a form of address before the goods is no part of their name
    [InlineData("inaq pire harga telur nike?", "telur")]
    [InlineData("bg, minyak seliter padum?", "minyak")]
    [InlineData("harge beras ari ni berape?", "beras")]
    [InlineData("sa cek dulu daftar harga sebelum buka", null)] // the whole list, asked before opening
    [InlineData("kak harga barang2 skrg brp?", null)] // "barang2": the plural of goods, so the list
    [InlineData("berapa mi harga telur di'?", "telur")] // a Makassar particle between "berapa" and "harga"
    [InlineData("arghâna ghulâ berempa sateya?", "ghula")] // Madurese
    [InlineData("daftar harga barang ape aje?", null)] // Betawi
    public void A_price_asked_with_a_form_of_address_names_the_goods(string text, string? item)
    {
        var query = (CommandParser.Parse(text) as ParseResult.Parsed)?.Command as PriceQuery ?? CommandParser.CandidatePriceQuestion(text);
        Assert.NotNull(query);
        Assert.Equal(item, query.Item);
    }

    [Theory]
    // a customer named with a form of address that only one reader knew before (and, below, street money)
    [InlineData("amaq Sahril beli gula 2 kg", "jual gula pasir 2 kg")]
    [InlineData("inaq beli minyak 2 liter tadi", "jual minyak goreng 2 liter")]
    [InlineData("urang beli beras lime kilo", "jual beras 5 kg")]
    // street money as one amount for the entry: notes added up, a count before a note, "cepek"/"gocap" as the big notes
    [InlineData("minyak seliter ceban goceng laku", "jual minyak goreng 1 liter × Rp15.000")]
    [InlineData("laku gula 2 kilo tiga ceban goceng", "jual gula pasir 2 kg × Rp17.500")]
    [InlineData("terigu 5 kilo laku gocap", "jual tepung terigu 5 kg × Rp10.000")]
    [InlineData("jual beras 8 kg cepek", "jual beras 8 kg × Rp12.500")]
    public async Task A_customer_buying_is_recorded_as_a_sale(string text, string recorded) =>
        await EverydayAssert.RecordsAsync(text, recorded);

    [Theory]
    // goods put aside for later, with what they are for after "untuk": an order, never a sale
    [InlineData("bu RT berpesan agar disisihkan beras 2 karung untuk acara syukuran")]
    [InlineData("tolong sisihkan gula 5 kilo buat hajatan pak kades, diambil besok")]
    public async Task Goods_put_aside_are_an_order_asked_back_and_nothing_is_written(string text) =>
        await EverydayAssert.AsksBackAndWritesNothingAsync(text);

    [Theory]
    // money said with a regional thousand after the amount is no price per unit: asked by the grammar like "56 ribu"
    [InlineData("laku telor 2 kg 56 ewu")]
    [InlineData("telor paju 2 kelo 56 èbu")]
    public void A_regional_thousand_after_the_amount_is_read_like_ribu(string text) =>
        Assert.Equal(CommandParser.Parse("laku telor 2 kg 56 ribu"), CommandParser.Parse(text));

    [Fact]
    public void Buying_more_goods_after_a_sale_is_no_purchase_price() =>
        // "beli" before goods and an amount is an entry of its own, never cut away as where the goods were bought
        Assert.IsNotType<ParseResult.Parsed>(CommandParser.Parse("laku gula 2 kg, beli telur 3 kg"));
}
