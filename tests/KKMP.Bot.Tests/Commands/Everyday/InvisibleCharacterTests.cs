using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Parsing.Everyday;

namespace KKMP.Bot.Tests.Commands.Everyday;

public class InvisibleCharacterTests
{
    [Theory]
    [InlineData("/jual gula\u202e 2 kg", "U+202E")]
    [InlineData("jual beras\u2066 2 kg\u2069", "U+2066")]
    [InlineData("laku gula 2 kg\u202c", "U+202C")]
    [InlineData("/stok beras \u202a50 kg", "U+202A")]
    [InlineData("/setharga beras 12.500\u2067", "U+2067")]
    [InlineData("harga beras\u202d berapa?", "U+202D")]
    [InlineData("/barang tambah \"Kacang\u2068 Hijau\" kg", "U+2068")]
    public void A_bidi_control_character_is_refused_with_a_clear_reply(string text, string named)
    {
        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text));

        Assert.Equal(InvisibleCharacters.BidiRefusal(text), invalid.Message);
        Assert.Contains(named, invalid.Message);
        Assert.DoesNotContain(invalid.Message, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
    }

    private static readonly string[] Commands =
    [
        "/jual beras 10 kg", "/jual minyak goreng 2 liter @14.500", "/masuk beras 2 karung @300.000", "/stok gula 45,5 kg",
        "/setharga telur 28.000/kg", "terjual gula 1/2kg", "masuk telur sepuluh kilo koma lima", "harga beras berapa?",
    ];

    private static readonly char[] ZeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

    /// <summary>Phones insert zero-width characters anywhere, including inside numbers and units: they never change the parse.</summary>
    [Property(MaxTest = 300)]
    public Property Zero_width_characters_anywhere_never_change_the_parse()
    {
        var noisy = Gen.Elements(Commands).SelectMany(command =>
            Gen.ListOf(Gen.Choose(0, command.Length).Zip(Gen.Elements(ZeroWidth)))
                .Select(inserts => (Original: command, Noisy: inserts.OrderByDescending(x => x.Item1)
                    .Aggregate(command, (text, x) => text.Insert(x.Item1, x.Item2.ToString())))));
        return Prop.ForAll(noisy.ToArbitrary(), pair => CommandParser.Parse(pair.Noisy) == CommandParser.Parse(pair.Original));
    }
}
