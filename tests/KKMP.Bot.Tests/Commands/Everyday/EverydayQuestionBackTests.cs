using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>Where a careful cashier would ask, the grammar asks (an Invalid reply); it never guesses a write.</summary>
public class EverydayQuestionBackTests
{
    [Theory]
    [InlineData("laku tepung 2 kg sama telur 1 kg", "/jual tepung 2 kg", "/jual telur 1 kg")]
    [InlineData("jual gula 2kg, beras 5kg", "/jual gula 2kg", "/jual beras 5kg")]
    [InlineData("masuk migor 2 dus dan beras 2 karung @300rb", "/masuk migor 2 dus", "/masuk beras 2 karung @300rb")]
    [InlineData("opname beras 80 kg gula 40 kg", "/stok beras 80 kg", "/stok gula 40 kg")]
    [InlineData("kejual: gula 1 kg, telur 1 kg, tepung 2 kg", "/jual gula 1 kg", "/jual tepung 2 kg")]
    [InlineData("laku beras 2 kg + gula 1 kg", "/jual beras 2 kg", "/jual gula 1 kg")]
    public void Several_entries_in_one_message_are_listed_as_separate_commands_and_none_is_recorded(string text, string first, string second)
    {
        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text));

        Assert.Contains(first, invalid.Message);
        Assert.Contains(second, invalid.Message);
        // Each listed command is itself a valid command.
        foreach (var line in invalid.Message.Split('\n').Where(l => l.StartsWith('/')))
            Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(line));
    }

    [Theory]
    [InlineData("eh salah, harusnya 3 kg", "/batal")]
    [InlineData("ralat: 2 liter", "/batal")]
    [InlineData("jual beras dua", "angka dan satuan")]
    [InlineData("jual kopi tiga roda 2 bungkus", "\"tiga\"")]
    [InlineData("gula 2 kg", "/masuk gula 2 kg")]
    [InlineData("sabun 3 pcs tadi", "/stok sabun 3 pcs")]
    [InlineData("jual gula 2 kg 35rb", "@")]
    [InlineData("opname", CommandExamples.StockCount)]
    [InlineData("laku gula", "Jumlah")]
    [InlineData("jual beras", "Jumlah")] // the slash form without its slash and without an amount
    [InlineData("laku gula 2 kg blm dibayar", "belum dibayar")] // a sale on credit is not a cash sale
    [InlineData("masuk telur 3 kg total 100rb", "total")]      // 33.333,33 per kg: not whole rupiah, so the grammar asks
    [InlineData("masuk gula", "Jumlah")]
    [InlineData("Jual minyak goreng!!", "Jumlah")]
    [InlineData("ubah harga gula", "Harga")]
    [InlineData("kemarin sore masuk telur 2 peti", "Satuan \"peti\"")]
    [InlineData("batal jual beras 2 kg", "/batal")]
    [InlineData("telur pecah 2 butir", "/stok telur")]
    [InlineData("beras rusak 2 kg", "/stok beras")]
    [InlineData("laku 10 rb", "bukan uangnya")]
    public void Unclear_messages_get_a_question_back(string text, string fragment)
    {
        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text));

        Assert.Contains(fragment, invalid.Message);
    }

    [Theory]
    [InlineData("masuk angin pak, libur dulu")]
    [InlineData("masuk kerja jam berapa")]
    [InlineData("stok beras habis ya?")]
    [InlineData("barang masuk kapan?")]
    [InlineData("apakah koperasi boleh jual beli tanah?")]
    [InlineData("koperasi boleh jual ke non anggota gak")]
    [InlineData("datang ke rapat jam 9 ya")]
    [InlineData("rapat anggota besok batal ya pak")]
    [InlineData("acara sosialisasi batal ya")]
    [InlineData("wah minyak laku keras hari ini")]
    [InlineData("laporan keuangan koperasi wajib tiap tahun?")]
    [InlineData("rekap laporan tahunan dikirim ke mana")]
    [InlineData("hasil penjualan masuk ke SHU ya?")]
    [InlineData("jualan koperasi kena pajak gak sih")]
    [InlineData("opname harus tiap bulan gak sih")]
    [InlineData("harga naik terus, gimana ya pak")]
    [InlineData("datang 5 orang")]
    [InlineData("tinggal 2 hari lagi")]
    [InlineData("stok opname tiap 1 bulan")]
    [InlineData("opname tgl 30")]
    [InlineData("minyak tinggal sedikit")]
    [InlineData("beras 12.500")]
    [InlineData("beli beras 2 karung")] // an order or a purchase: the router's order reply knows who asks
    [InlineData("tuku gula 2 kg")]
    [InlineData("stok opname kapan?")]      // asking-around words only make a list when nothing else is said
    [InlineData("cek saldo simpanan dong")]
    [InlineData("kas masuk gimana caranya")]
    [InlineData("harga beras naik terus")]            // "naik" is news, not an order to change
    [InlineData("pengurus buat rapat 2 kali setahun")] // "buat" after a number in a sentence
    [InlineData("beras2 pada mahal ya")]
    // "not" in the regions keeps a shop word a sentence
    [InlineData("beras ora payu 2 kg")]
    [InlineData("gula teu acan dugi 10 kg")]
    [InlineData("minyak indak laku 2 liter")]
    [InlineData("tepung durung teko 5 kg")]
    [InlineData("sonde laku beras 3 kg")]
    [InlineData("tak laku gula 2 kg")]
    [InlineData("beras kantun sekedhik")]          // "a little left" in Javanese krama
    [InlineData("minyak tinggal saeutik")]          // Sundanese
    // a regional verb with people, places or time is a sentence
    [InlineData("battu mi ri kampong")]             // Makassar: arrived at the village
    [InlineData("sampun rauh 2 tamu")]              // Balinese/Javanese krama: two guests arrived
    [InlineData("sesa umur 2 taun")]
    [InlineData("asup kerja jam 8")]
    [InlineData("mlebu angin")]
    [InlineData("tibo di rumah jam 5")]
    [InlineData("lk 2 orang pr 3 orang")]           // "lk" is laki-laki here
    [InlineData("diterima 2 orang jadi anggota")]
    public void Sentences_that_mention_shop_words_are_not_commands(string text)
    {
        Assert.IsType<ParseResult.NotACommand>(CommandParser.Parse(text));
    }

    /// <summary>Once the books came, "kas masuk 200rb" is money into the cash book, never goods called "kas" received.</summary>
    [Fact]
    public void Cash_in_is_a_cash_entry_not_goods_received() =>
        Assert.IsType<CashMove>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse("kas masuk 200rb")).Command);
}
