using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Parsing.Everyday;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>Money said in words (voice typing) reads back as the number that was said.</summary>
public class SpelledMoneyTests
{
    [Property(MaxTest = 500)]
    public Property Any_amount_said_in_words_reads_as_its_number() =>
        Prop.ForAll(Gen.Choose(1, 999_999).Select(n => (long)n * 100).Where(n => n >= 1000).ToArbitrary(), amount =>
        {
            var words = Tokenizer.Split(Said(amount))!;
            var read = WordNumbers.Normalize(words, out _);
            return read is [var only] && only.Text == "Rp" + amount.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
        });

    [Theory]
    [InlineData("harga tiga ratus sepuluh ribu per karung", "harga Rp310.000 per karung")]
    [InlineData("bayar seratus delapan puluh enam ribu", "bayar Rp186.000")]
    [InlineData("dua kilo", "2 kilo")] // a quantity stays a quantity
    // Javanese hundreds and thousands (atus, ewu), glued ("wolungatus") or apart, and teens ending in -las
    [InlineData("regane pitulas ewu wolungatus", "regane Rp17.800")]
    [InlineData("wolung atus ewu", "Rp800.000")]
    // typed digits read with the words around them; "312 ribu" alone is left to the money readers
    [InlineData("beras sekarung 312 ribu 5 ratus", "beras 1 karung Rp312.500")]
    [InlineData("beras sekarung 312 ribu", "beras 1 karung 312 ribu")]
    // decimals said one digit at a time after "koma"
    [InlineData("telur dua koma dua lima kilo", "telur 2,25 kilo")]
    [InlineData("dua koma nol lima kilo", "2,05 kilo")]
    [InlineData("sak kilo setengah", "1,5 kilo")]
    // Javanese krama tens (-dasa) and teens (-welas), glued or apart, and a quarter
    [InlineData("kalihdasa kilo", "20 kilo")]
    [InlineData("kalih dasa kilo", "20 kilo")]
    [InlineData("tigawelas ewu", "Rp13.000")]
    [InlineData("pitungdasa ewu", "Rp70.000")]
    [InlineData("seprapat kilo", "0,25 kilo")]
    public void Money_in_a_sentence_becomes_one_price_word(string said, string read) =>
        Assert.Equal(read, Tokenizer.Join(WordNumbers.Normalize(Tokenizer.Split(said)!, out _)));

    /// <summary>The Indonesian reading of a number ("terbilang"), written independently of the reader under test.</summary>
    private static string Said(long n)
    {
        string[] ones = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
        string Below1000(long x)
        {
            var parts = new List<string>();
            if (x >= 100) { parts.Add(x / 100 == 1 ? "seratus" : ones[x / 100] + " ratus"); x %= 100; }
            if (x == 10) parts.Add("sepuluh");
            else if (x == 11) parts.Add("sebelas");
            else if (x is > 11 and < 20) parts.Add(ones[x - 10] + " belas");
            else
            {
                if (x >= 20) parts.Add(ones[x / 10] + " puluh");
                if (x % 10 > 0) parts.Add(ones[x % 10]);
            }
            return string.Join(' ', parts);
        }
        var words = new List<string>();
        var millions = n / 1_000_000;
        var thousands = n / 1000 % 1000;
        if (millions > 0) words.Add(Below1000(millions) + " juta");
        if (thousands == 1 && millions == 0) words.Add("seribu");
        else if (thousands > 0) words.Add(Below1000(thousands) + " ribu");
        if (n % 1000 > 0) words.Add(Below1000(n % 1000));
        return string.Join(' ', words);
    }
}
