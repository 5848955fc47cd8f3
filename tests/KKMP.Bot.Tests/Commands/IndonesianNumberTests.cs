using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands;

/// <summary>'.' groups thousands, ',' is the decimal mark; a lone dot not followed by three digits is a decimal point.</summary>
public class IndonesianNumberTests
{
    [Theory]
    [InlineData("12.500", "12500")]
    [InlineData("1.250.000", "1250000")]
    [InlineData("2,5", "2.5")]
    [InlineData("1.250,5", "1250.5")]
    [InlineData("0,25", "0.25")]
    [InlineData("1.5", "1.5")]      // what a phone user typing "1.5 kg" means
    [InlineData("1.500", "1500")]   // dot + exactly three digits is always thousands
    [InlineData("2.75", "2.75")]
    [InlineData("12500", "12500")]
    [InlineData("007", "7")]
    public void Reads_indonesian_numbers(string text, string expected)
    {
        Assert.True(IndonesianNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1,2,3")]
    [InlineData("1.250.5")]
    [InlineData("12.50.000")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(",5")]
    [InlineData("1.000,5,5")]
    public void Rejects_malformed_numbers(string text)
    {
        Assert.False(IndonesianNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("/setharga beras 12.500", 12500)]
    [InlineData("/setharga beras Rp12.500", 12500)]
    [InlineData("/setharga beras Rp 12.500", 12500)]
    [InlineData("/setharga beras rp.12.500", 12500)]
    [InlineData("/setharga beras @12.500", 12500)]
    [InlineData("/setharga beras @ 12.500", 12500)]
    [InlineData("/setharga beras @ Rp 12.500", 12500)]
    [InlineData("/setharga beras 12rb", 12000)]
    [InlineData("/setharga beras 12 rb", 12000)]
    [InlineData("/setharga beras 12 ribu", 12000)]
    [InlineData("/setharga beras 12k", 12000)]
    [InlineData("/setharga beras 12K", 12000)]
    [InlineData("/setharga beras 1,5jt", 1500000)]
    [InlineData("/setharga beras 1 juta", 1000000)]
    [InlineData("/setharga beras 12.500,-", 12500)]
    [InlineData("/setharga beras 12.500,00", 12500)]
    [InlineData("/setharga beras 100.000.000", 100000000)]
    [InlineData("/setharga beras 12.500/", 12500)]
    public void Reads_money_as_whole_rupiah(string text, long rupiah)
    {
        var parsed = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text));

        Assert.Equal(rupiah, Assert.IsType<SetPrice>(parsed.Command).Price);
    }

    [Theory]
    [InlineData("/jual gula 1.5 kg", "1.5")]
    [InlineData("/jual gula 1.500 kg", "1500")]
    [InlineData("/jual gula 2,5kg", "2.5")]
    [InlineData("/jual gula 2.5kg", "2.5")]
    [InlineData("/jual gula 1.250,75 kg", "1250.75")]
    [InlineData("/jual gula 0,125 kg", "0.125")]
    [InlineData("/jual gula 1,500 kg", "1.5")]  // a scale's display: comma + three decimals
    [InlineData("/jual gula 1/2 kg", "0.5")]
    [InlineData("/jual gula 3/4kg", "0.75")]
    [InlineData("/jual gula ½ kg", "0.5")]
    [InlineData("/jual gula ¼kg", "0.25")]
    public void Reads_quantities_as_decimals(string text, string expected)
    {
        var parsed = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text));

        var amount = Assert.IsType<Sale>(parsed.Command).Quantity.Amount;
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("kilo", "kg")]
    [InlineData("Kilogram", "kg")]
    [InlineData("gr", "gram")]
    [InlineData("g", "gram")]
    [InlineData("ltr", "liter")]
    [InlineData("L", "liter")]
    [InlineData("lt", "liter")]
    [InlineData("ml", "ml")]
    [InlineData("biji", "pcs")]
    [InlineData("buah", "pcs")]
    [InlineData("bks", "bungkus")]
    [InlineData("dos", "dus")]
    [InlineData("box", "dus")]
    [InlineData("kardus", "dus")]
    [InlineData("karung", "karung")]
    [InlineData("sak", "sak")]
    [InlineData("ikat", "ikat")]
    [InlineData("botol", "botol")]
    [InlineData("pack", "pack")]
    [InlineData("butir", "butir")]
    [InlineData("kg.", "kg")]
    public void Normalises_unit_aliases(string word, string canonical)
    {
        Assert.Equal(canonical, Units.Normalize(word));
    }

    [Theory]
    [InlineData("ember")]
    [InlineData("beras")]
    [InlineData("")]
    public void Unknown_unit_words_are_not_units(string word)
    {
        Assert.Null(Units.Normalize(word));
    }
}
