using FsCheck;
using FsCheck.Fluent;

namespace KKMP.Bot.Tests.Properties;

/// <summary>
/// Generators of what people (and attackers) send: random strings, and "token soup" built from the
/// grammar's own words, numbers, units, prices, quotes and troublesome Unicode, which reaches far
/// deeper into the rules than random characters do.
/// </summary>
internal static class CommandLines
{
    public static readonly string[] Verbs = ["jual", "masuk", "stok", "setharga", "barang", "batal", "harga", "rekap", "koperasi", "undang", "gabung"];
    public static readonly string[] ItemWords = ["beras", "gula", "minyak", "goreng", "migor", "telur", "tepung", "terigu", "kopi", "\"Minyak Goreng\"", "Вeras"];
    private static readonly string[] Numbers = ["0", "1", "2", "2,5", "12.500", "-3", "1/2", "½", "1.2.3", "100001", "99999999999999999999999999999", "0,0001", "1e9", "dua", "setengah", "12rb", "1,5jt"];
    private static readonly string[] Units = ["kg", "gram", "g", "liter", "ml", "karung", "sak", "dus", "butir", "ember", "kilo"];
    private static readonly string[] Decorations = ["@12.000", "@", "Rp", "Rp12.500", "/kg", "@-5", "tambah", "alias", "kemasan", "minimum", "kemarin", "pengelola", "grup", "?", "!!!", "\"", "\"\"", "“", "”", "\u202e", "\u200b", "👍", "\t", "\n", "YA", "batal"];

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Elements(Verbs), Gen.Elements(Verbs).Select(v => "/" + v), Gen.Elements(ItemWords),
        Gen.Elements(Numbers), Gen.Elements(Units), Gen.Elements(Decorations),
        Gen.Zip(Gen.Elements(Numbers), Gen.Elements(Units)).Select(p => p.Item1 + p.Item2));

    /// <summary>Command-shaped lines: mostly grammar words, glued with spaces or not.</summary>
    public static readonly Gen<string> Soup =
        Gen.Zip(Gen.ListOf(Word).Select(w => w.Take(12).ToList()), Gen.Elements(" ", " ", " ", "  ", "")).Select(p => string.Join(p.Item2, p.Item1));

    /// <summary>Random strings (any UTF-16, including lone surrogates and control characters) and soup.</summary>
    public static readonly Arbitrary<string> Any = Gen.Frequency(
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (3, Soup)).ToArbitrary();
}
