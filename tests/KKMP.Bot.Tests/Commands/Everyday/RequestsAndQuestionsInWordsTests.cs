using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Requests said with a remark in another clause ("rekap hari ini dong, mau tutup"), one item's stock asked in words
/// ("beras di sistem tinggal brp?"), and what stays a sentence for the assistant.
/// </summary>
public class RequestsAndQuestionsInWordsTests
{
    [Theory]
    [InlineData("rekap hari ini dong, mau tutup")]
    [InlineData("rekap kmrn mana, mau dilaporin ke pak ketua")]
    [InlineData("kemarin laku brp aja ya total?")]
    [InlineData("total penjualan today berapa?")]
    [InlineData("Bapak, bolehkah saya meminta ringkasan penjualan hari ini untuk saya bacakan pada pertemuan sore nanti?")]
    [InlineData("rekap hari ini berapa ya pak")] // "pak" after the question is the person asked, not a pack
    [InlineData("rekap hari ni kek mana bot?")]
    [InlineData("brp duit penjualan kemarin?")]
    [InlineData("omzet kemaren berapa ya bot?")]
    public void A_recap_with_a_remark_or_asked_as_a_total_is_a_recap(string text) =>
        Assert.IsType<Recap>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command);

    [Theory]
    [InlineData("batalin yg td, bu Tini gak jadi ambil")]
    [InlineData("tadi dobel ngirimnya, yg terakhir batalin aja")]
    [InlineData("Mohon maaf, entri terakhir yang kami kirimkan keliru. Mohon dibatalkan.")]
    [InlineData("oops wrong input, cancel the last one pls")]
    [InlineData("bund yg barusan aku input salah wkwk, apus aja plis 🙏")]
    [InlineData("yang tadi batal ya bu ternyata pembelinya nggak jadi ambil telurnya soalnya uangnya ketinggalan di rumah")]
    // a few words about the entry itself beside the undo verb and the reference
    [InlineData("eh maaf hitungan stok tepung yang tadi salah ya tolong batalkan dulu nanti saya hitung ulang besok pagi")]
    [InlineData("BUND SORRY telornya ga jadi dibeli 😭 batalin yg td")]
    public void An_undo_with_a_reason_in_another_clause_is_an_undo(string text) =>
        Assert.IsType<Undo>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command);

    [Theory]
    [InlineData("rekap hari ini dong, terus laku gula 2 kg")] // the other clause is an entry of its own
    [InlineData("rapat besok batal ya, kata pak kades")]
    [InlineData("batalkan pesanan bu RT yang tadi")]     // another thing called off, not an entry
    [InlineData("rapat yang tadi batal karena hujan")]
    [InlineData("stok opname itu apa sih?")]
    [InlineData("stok beras habis ya?")]
    [InlineData("stok opname kapan?")]
    public void A_request_beside_an_entry_or_a_sentence_is_not_read_as_a_request(string text) =>
        Assert.False(CommandParser.Parse(text) is ParseResult.Parsed { Command: Recap or Undo or StockList { Item: not null } });

    [Theory]
    [InlineData("sisa beras berapa ya?", "beras")]
    [InlineData("stok brs brp", "brs")]
    [InlineData("beras di sistem tinggal brp?", "beras")]
    [InlineData("cek stok beras sisa brp", "beras")]
    [InlineData("minyak goreng masih ada stoknya?", "minyak goreng")]
    [InlineData("pire stok beras skrg nggih?", "beras")]
    [InlineData("beras sisa akuda di sistem bli?", "beras")]
    public void One_items_stock_asked_in_words_is_the_stock_of_that_item(string text, string item) =>
        Assert.Equal(item, Assert.IsType<StockList>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command).Item);

    [Theory]
    [InlineData("min, daftar harga sembako minggu ini dong")]
    [InlineData("price list nya ada ga kak 🙏")]
    [InlineData("uni, daftar hargo sadonyo bara kini?")]
    [InlineData("kaka, harga-harga sembako di koperasi brapa sa?")]
    [InlineData("permisi mau tanya daftar harga sembako di koperasi sekarang apa aja ya saya mau belanja bulanan")]
    [InlineData("daftar regi sedaya barang")]
    [InlineData("daftar rego sembako ing koperasi nyuwun dikirim nggih")]
    [InlineData("daftar harga ado? 🙏")]
    [InlineData("harga sembako hari ni apo sajo?")]
    [InlineData("Assalamualaikum, boleh minta daftar harga sembako di koperasi?")]
    public void The_whole_price_list_asked_in_other_words_is_the_price_list(string text) =>
        Assert.Null(Assert.IsType<PriceQuery>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command).Item);

    [Theory]
    [InlineData("usi, beras pung harga brapa skarang?", "beras")]
    [InlineData("bu beras skrg brp sekilo? 🙏", "beras")]
    [InlineData("Selamat sore Bapak/Ibu pengelola, mohon informasi harga minyak goreng per liter di gerai koperasi saat ini. Terima kasih.", "minyak goreng")]
    [InlineData("harga gula brp sy mau beli 2 kg", "gula")] // the asker's plan after the question is not part of it
    [InlineData("nyuwun sewu bu beras sakniki regine pinten nggih", "beras")]
    [InlineData("pak kalau gula pasir di koperasi harganya berapa sekarang saya mau beli buat bikin kue lebaran", "gula pasir")]
    [InlineData("ngapunten badhe tangklet rego beras ingkang wonten koperasi pinten nggih sakkilo", "beras")]
    [InlineData("bu gula ten koperasi regine pinten sakkilo", "gula")]
    [InlineData("bot harga beras brp sekilo kini?", "beras")]
    [InlineData("Pire ajin gula sekilo inaq?", "gula")]                 // Sasak
    [InlineData("harga telor naik ya? brp skrg", "telor")]              // whether it went up: today's price answers it
    [InlineData("kuda aji tepung terigu niki bli?", "tepung terigu")]   // Balinese
    [InlineData("Selamat siang Bu, mohon maaf mengganggu, harga beras sekarang berapa per kilo nggih?", "beras")]
    public void A_price_asked_in_the_formal_register_or_before_a_plan_is_that_items_price(string text, string item) =>
        Assert.Equal(item, Assert.IsType<PriceQuery>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command).Item);

    [Theory]
    [InlineData("simpanan wajib anggota brp sih per bulan")]
    [InlineData("regane gulo saiki dadi pitulas ewu wolungatus sekilo")] // a new price being set, not asked
    [InlineData("mulai besok gula dijual 18rb")]                         // a price for later
    public void A_period_or_a_new_price_is_not_a_price_question(string text) =>
        Assert.False(CommandParser.Parse(text) is ParseResult.Parsed { Command: PriceQuery });

    [Theory]
    [InlineData("bund cek stok semuanya dong, mau bikin story IG wkwk")]
    [InlineData("Selamat pagi, Bapak. Apabila tidak merepotkan, saya ingin melihat daftar persediaan seluruh barang sebelum toko dibuka.")]
    public void The_whole_stock_list_asked_around_a_remark_is_the_list(string text) =>
        Assert.Null(Assert.IsType<StockList>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command).Item);
}
