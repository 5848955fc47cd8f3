namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Session 11's entry classes, in made-up messages in the same voices (an elderly manager typing in capitals, Osing
/// Banyuwangi, Kendari and Flores Malay, Manggarai): a number's punctuation typed between spaces is one number; an amount
/// said again in brackets is one amount; the stock that grew ("stok … nambah") is goods come in; a buyer's name ends where
/// a tail starts, and a tail that says paid later makes the sale credit (asked back); where goods came from, in a header
/// before a colon or after the amount ("teko Genteng", "kiriman Bulog"), is not part of them; the price of one pack after a
/// tail still counts; Osing "isun", "mau isuk", "lare", "teko … tuku" and "dodol"; goods taken by someone ("diambil sama …")
/// or bought up ("abis diborong ame …") by someone are sold; Flores and Manggarai "bapa", "kraeng"; "ops" is a count.
/// </summary>
public class RegionalEntries11Tests
{
    [Theory]
    // the name ends where the tail starts
    [InlineData("gula 2 kg ke bu Ani, bayarnya lunas", "/jual gula 2 kg untuk bu Ani")]
    [InlineData("minyak 1 liter utk pak Darto bayar pas", "/jual minyak 1 liter untuk pak Darto")]
    // Osing: "isun" speaks, "mau esuk" says when
    [InlineData("isun wis adol gula telung kilo mau esuk", "/jual gula 3 kg")]
    // the stock grew: goods came in, whoever sent them
    [InlineData("stok telur bertambah 10 kg", "/masuk telur 10 kg")]
    [InlineData("stok gula pasir nambah 25 kilo, kiriman distributor", "/masuk gula pasir 25 kg")]
    public void An_entry_parses_to_the_slash_forms_command(string everyday, string slash) =>
        EverydayAssert.ParsesLike(everyday, slash);

    [Theory]
    // a number's punctuation between spaces, typed in capitals
    [InlineData("TEPUNG TERIGU TERJUAL 2 , 5 KG", "jual tepung terigu 2,5 kg")]
    [InlineData("MASUK GULA PASIR 20 KG HARGA BELI 16 . 750 PER KG", "masuk gula pasir 20 kg @Rp16.750")]
    [InlineData("BU RINA BELI MINYAK GORENG 2 LITER BAYAR RP 31 . 400", "jual minyak goreng 2 liter × Rp15.700")]
    [InlineData("HARGA GULA PASIR MENJADI RP 18 . 000 / KG", "harga gula pasir sekarang Rp18.000/kg")]
    // the same amount said again in words, in brackets
    [InlineData("TELUR LAKU 3 KG ( TIGA KILO )", "jual telur 3 kg")]
    [InlineData("minyak goreng terjual 2 liter (dua liter)", "jual minyak goreng 2 liter")]
    // where the goods came from: a header before a colon, a place after the amount, a sender after "kiriman"
    [InlineData("barang masuk dari Makassar: minyak 2 dus, 1 dus 175rb", "masuk minyak goreng 2 dus (24 liter) @Rp175.000")]
    [InlineData("kulakan beras 2 karung teko Srono, sak karung 305 ewu", "masuk beras 2 karung (50 kg) @Rp305.000")]
    // received, paid later, with the price of one pack after the tail: a receipt on credit at that price
    [InlineData("beras masuk 3 karung dari toko Sumber Rejeki, bayar akhir bulan, 1 karung 295rb", "masuk beras 3 karung (75 kg) @Rp295.000 = Rp885.000 (utang")]
    // Osing: someone came from a place to buy; a child bought for a feast; "dodol" sells (a sweet too, so previewed)
    [InlineData("mau isuk ono lare teko Glagah tuku minyak rong liter", "jual minyak goreng 2 liter")]
    [InlineData("ono wong tuku beras limang kilo nggo slametan, wis lunas", "jual beras 5 kg")]
    [InlineData("isun dodol telor rong kilo mau sore", "jual telur 2 kg")]
    // taken by someone named after "sama": sold to them
    [InlineData("gula sekilo diambil tadi sama cucunya bu Sri, 17.500", "jual gula pasir 1 kg")]
    [InlineData("minyak 2 liter udah diangkut sama tukang bakso, lunas", "jual minyak goreng 2 liter")]
    [InlineData("terigu 3 kilo abis diborong ame tukang bakso", "jual tepung terigu 3 kg")]
    // "ops": opname typed short (previewed, as it is also "oops")
    [InlineData("ops gula 20 kg", "stok gula pasir dihitung 20 kg")]
    // Flores and Manggarai forms of address before the buyer
    [InlineData("kraeng Ardi beli beras 3 kilo, bayar tunai", "jual beras 3 kg")]
    public async Task An_entry_records_what_happened(string text, string recorded) =>
        await EverydayAssert.RecordsAsync(text, recorded);

    [Theory]
    // delivered or sold to someone named, paid later: credit, never a sale at the counter nor a member "Ani bayarnya besok"
    [InlineData("tadi antar minyak 2 liter ke pak Darto, bayarnya besok")]
    [InlineData("gula 3 kg untuk bu Sumi, dibayar akhir bulan")]
    // a different amount in the brackets: two amounts, never one of them
    [InlineData("TERJUAL TELUR 2 KG ( TIGA KILO )")]
    public async Task An_unclear_entry_is_asked_back(string text) =>
        await EverydayAssert.AsksBackAndWritesNothingAsync(text);
}
