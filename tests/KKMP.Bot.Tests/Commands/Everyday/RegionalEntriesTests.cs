namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Session 9's entry classes, in made-up messages of the same kinds: regional number words (Minang saratuih/puluah/baleh and
/// its eight "salapan", Banjar balas, Manado and Kupang ampa/sapulu/pulu, Sundanese sarebu) read whole or asked, never in
/// part; a customer who came to buy ("datang bli") is a sale; goods bought for the shop's stock ("buat stok", "gasan stok
/// koperasi", "ko isi stok", "untuak koperasi") or at a market ("di pasar") are a receipt; the buyer named after the goods
/// ("ka lapau" is a remark; a person after "ka/ke/lawan", "ka bu haji", is looked up as after "untuk"); selling at a price "mulai hari ini" is a new price; Minang credit and broken goods.
/// </summary>
public class RegionalEntriesTests
{
    [Theory]
    // regional numbers, read whole
    [InlineData("bareh tajua ciek karuang, saratuih salapan puluah ribu", "/jual bareh 1 karung @180.000")] // Minang eight
    [InlineData("kajual gula salapan kilo", "/jual gula 9 kg")] // Sundanese nine, as before
    [InlineData("talua tajua sambilan kilo", "/jual talua 9 kg")]
    [InlineData("gulo masuak sabaleh kilo", "/masuk gulo 11 kg")]
    [InlineData("baras tajual dua balas kilo", "/jual baras 12 kg")] // Banjar teens
    [InlineData("beras laku ampa kilo", "/jual beras 4 kg")] // Manado, Kupang
    [InlineData("terigu masuk sapulu kilo", "/masuk terigu 10 kg")]
    [InlineData("gula masuk dua pulu kilo", "/masuk gula 20 kg")]
    [InlineData("ngical endog sakilo dua puluh dalapan rebu", "/jual endog 1 kg @28.000")] // Sundanese selling, thousands
    // a customer who came to buy
    [InlineData("tadi datang beli telur 2 kilo", "/jual telur 2 kg")]
    [InlineData("kak, tadi dtg bli minyak 1 liter", "/jual minyak 1 liter")]
    // bought for the shop's stock
    [InlineData("beli gula 25 kg buat stok", "/masuk gula 25 kg")]
    [InlineData("bli telur 10 kilo ko isi stok", "/masuk telur 10 kg")]
    [InlineData("beras 2 karung untuak koperasi", "/masuk beras 2 karung")]
    [InlineData("isi stok minyak 2 dus", "/masuk minyak 2 dus")]
    // the buyer named after the goods
    [InlineData("ulun manjual baras 5 kilo lawan acil", "/jual baras 5 kg untuk acil")]
    [InlineData("ngical gula 2 kilo ka bu haji", "/jual gula 2 kg untuk bu haji")]
    // selling at a price from now on is a new price
    [InlineData("jual minyak sadus 190rb mulai hari ini", "/setharga minyak 190rb per dus")]
    [InlineData("terigu sakilo torang jual 12 ribu mulai skarang", "/setharga terigu 12rb per kg")]
    [InlineData("beras sekarung kami jual 320 ribu mulai pagi ini", "/setharga beras 320rb per karung")]
    [InlineData("harga gula per kilo delapan belas ribu mulai hari ini", "/setharga gula 18.000 per kg")]
    [InlineData("bu, harga terigu per kilo jd 12rb aja ya buat yg ambil sekilo", "/setharga terigu 12rb per kg")] // who it is for: a remark
    public void A_regional_entry_parses_to_the_slash_forms_command(string everyday, string slash) =>
        EverydayAssert.ParsesLike(everyday, slash);

    [Theory]
    [InlineData("tadi mama Yuli datang bli gula 2 kilo, bayar 35 ribu", "jual gula pasir 2 kg")]
    [InlineData("budak-budak beli telur sakilo tadi", "jual telur 1 kg")]
    [InlineData("wah rame. terigu 3 kilo dibeli si Butet, kontan", "jual tepung terigu 3 kg")]
    [InlineData("pak RT beli beras 2 kg buat stok di rumah", "jual beras 2 kg")] // a customer's own stock
    [InlineData("ulun manukar gula 20 kilo di pasar Kandangan gasan stok", "masuk gula pasir 20 kg")]
    [InlineData("ambo pai ka pasa, mambali talua 10 kilo untuak koperasi", "masuk telur 10 kg")]
    [InlineData("beta pi kulakan di pasar, bli terigu 10 kilo ko isi stok", "masuk tepung terigu 10 kg")]
    [InlineData("Beli kontan di pasar induk: minyak goreng 2 dus", "masuk minyak goreng 2 dus")]
    // the buyer after the goods, and money whose role the item's price tells
    [InlineData("jual beras 1 karung sang om Nus, 310 ribu", "jual beras 1 karung (25 kg) × Rp310.000")]
    [InlineData("talua tajua sakilo ka lapau, 28 ribu", "jual telur 1 kg × Rp28.000")]
    public async Task A_regional_story_records_what_happened(string text, string recorded) =>
        await EverydayAssert.RecordsAsync(text, recorded);

    [Theory]
    [InlineData("bareh tajua ciek karuang sarotuih duo puluah ribu")] // a number word not known, before money in words
    [InlineData("laku telur 2 kilo harga puluh enam ribu")] // a place word with no digit before it
    [InlineData("harga gula sakilo sarotuih duo puluah ribu mulai hari ini")]
    [InlineData("Mak Uwo ambiak bareh 5 kilo, bayianyo bisuak")] // Minang credit
    [InlineData("Ceu Imas nyandak gula 2 kilo, mayar isukan")] // Sundanese credit
    [InlineData("talua 1 kilo pacah dek jatuah")] // Minang broken
    [InlineData("telur dua kilo pica")] // Manado broken
    public async Task A_regional_message_that_is_no_entry_is_asked_back(string text) =>
        await EverydayAssert.AsksBackAndWritesNothingAsync(text);
}
