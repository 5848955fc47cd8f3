using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands;

/// <summary>Members ask for prices in everyday Indonesian, without the slash.</summary>
public class PriceQuestionTests
{
    [Theory]
    [InlineData("harga beras berapa?", "beras")]
    [InlineData("brp harga gula", "gula")]
    [InlineData("berapa harga minyak?", "minyak")]
    [InlineData("harga telur skrg brp", "telur")]
    [InlineData("Harga beras berapa ya kak?", "beras")]
    [InlineData("HARGA GULA BRP", "GULA")]
    [InlineData("harga minyak goreng berapa", "minyak goreng")]
    [InlineData("berapa harganya telur?", "telur")]
    [InlineData("brapa harga tepung terigu sekarang?", "tepung terigu")]
    [InlineData("harga beras per kg berapa", "beras")]
    [InlineData("harga telur sekilo brp", "telur")]
    [InlineData("harga beras 1 kg berapa?", "beras")]
    [InlineData("harga beras 5kg berapa?", "beras")]
    [InlineData("harga beras di koperasi berapa?", "beras")]
    [InlineData("hrg gula brp", "gula")]
    [InlineData("harga beras?", "beras")]
    [InlineData("min, harga beras berapa?", "beras")]
    [InlineData("Kak brp harga telur", "telur")]
    [InlineData("permisi, harga gula pasir berapa ya?", "gula pasir")]
    [InlineData("cek harga minyak", "minyak")]
    [InlineData("minyak goreng harganya berapa?", "minyak goreng")]
    [InlineData("Beras harga brp?", "Beras")]
    [InlineData("telur harganya", "telur")]
    // regional ask words, particles and greetings
    [InlineData("harga beras pira saiki?", "beras")]                   // Javanese ngoko
    [InlineData("nuwun sewu, harga gendis pinten nggih", "gendis")]    // Javanese krama
    [InlineData("punten, harga beas sabaraha ayeuna teh?", "beas")]    // Sundanese
    [InlineData("harga bareh barapo kini uda", "bareh")]               // Minangkabau
    [InlineData("horas, harga boras sadia lae", "boras")]              // Batak Toba
    [InlineData("tabe, harga gula berapa mi daeng", "gula")]           // Makassar
    [InlineData("harga telor berape bang", "telor")]                   // Betawi
    [InlineData("harga beras berapo kak", "beras")]                    // Palembang
    [InlineData("harga minyak brapa jo", "minyak")]                    // Manado
    [InlineData("harga breuh padum", "breuh")]                         // Acehnese
    [InlineData("harga gula barapa bah", "gula")]                      // Banjar
    public void Recognises_natural_price_question(string text, string item)
    {
        var parsed = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text));

        var query = Assert.IsType<PriceQuery>(parsed.Command);
        Assert.Equal(item, query.Item);
        Assert.True(query.FromQuestion);
    }

    [Theory]
    [InlineData("harga")]
    [InlineData("harga?")]
    [InlineData("harga berapa?")]
    [InlineData("berapa harga?")]
    [InlineData("harga hari ini berapa")]
    [InlineData("daftar harga")]
    [InlineData("min, harga?")]
    [InlineData("harga sembako")]
    [InlineData("harga semua barang berapa?")]
    [InlineData("/harga?")]
    public void Question_without_item_asks_for_the_whole_list(string text)
    {
        var parsed = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text));

        Assert.Null(Assert.IsType<PriceQuery>(parsed.Command).Item);
    }

    [Fact]
    public void Slash_command_is_not_marked_as_a_question()
    {
        var parsed = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse("/harga beras"));

        Assert.False(Assert.IsType<PriceQuery>(parsed.Command).FromQuestion);
    }
}
