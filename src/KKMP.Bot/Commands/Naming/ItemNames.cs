using System.Globalization;
using System.Text;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Commands.Naming;

/// <summary>
/// The rules every item name and alias obeys, wherever one is typed (adding an item, adding an alias):
/// invisible characters are removed, a name may not be only a number or a unit, and two names that
/// look the same on a phone ("Beras", "Вeras" with a Cyrillic В, "BERAS") are the same name.
/// </summary>
public static class ItemNames
{
    /// <summary>
    /// Removes characters that draw nothing: zero-width spaces and joiners, bidi marks and overrides
    /// (U+202E would let "Beras‮" render reversed), the BOM, soft hyphens, variation selectors and
    /// Hangul fillers. Whitespace runs fold into one space.
    /// </summary>
    public static string Clean(string name)
    {
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
            if (!IsInvisible(c)) kept.Append(c);
        return Tokenizer.Fold(kept.ToString());
    }

    /// <summary>What a name looks like, for comparison: NFKC (full-width and ligatures to plain letters), lookalike letters to Latin, case folded.</summary>
    public static string Skeleton(string name)
    {
        var compatible = Clean(name).Normalize(NormalizationForm.FormKC);
        var latin = new StringBuilder(compatible.Length);
        foreach (var c in compatible) latin.Append(Lookalikes.TryGetValue(c, out var plain) ? plain : c);
        return latin.ToString().ToUpperInvariant().ToLowerInvariant(); // upper then lower folds ſ, ß-style variants further than lower alone
    }

    public static bool LookTheSame(string a, string b) => string.Equals(Skeleton(a), Skeleton(b), StringComparison.Ordinal);

    /// <summary>Why a cleaned name cannot name an item ("2", "dua", "kg" would be read as a quantity or unit), or null.</summary>
    public static string? Problem(string cleaned, string example)
    {
        if (cleaned.Length == 0) return $"Nama belum ditulis (tanda kutip kosong atau huruf tak terlihat). Contoh: {example}";
        var plain = cleaned.Trim('?', '!', '.', ',');
        if (IndonesianNumber.TryParse(plain, out _) || IndonesianNumber.IsNumberWord(plain) || plain.All(c => char.IsDigit(c) || c is '.' or ',' or ' '))
            return $"Nama \"{cleaned}\" adalah angka; nama barang harus berupa kata. Contoh: {example}";
        if (Units.IsUnit(plain)) return $"Nama \"{cleaned}\" adalah satuan; nama barang harus berupa kata lain. Contoh: {example}";
        return null;
    }

    private static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format // ZWSP, ZWJ, LRM/RLM, U+202A–202E, U+2066–2069, BOM, soft hyphen
        || c is >= '\uFE00' and <= '\uFE0F' // variation selectors
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u034F'; // Hangul fillers, combining grapheme joiner

    /// <summary>
    /// Cyrillic and Greek letters drawn like Latin ones (from Unicode's confusables list, the letters a
    /// phone keyboard can produce). Mapped before case folding: Greek Ν looks like N but its lower case ν like v.
    /// </summary>
    private static readonly Dictionary<char, char> Lookalikes = new()
    {
        // Cyrillic capitals and small letters
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['Ѕ'] = 'S', ['І'] = 'I', ['Ј'] = 'J', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H',
        ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X', ['Ү'] = 'Y', ['Ԛ'] = 'Q', ['Ԝ'] = 'W',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i',
        ['ј'] = 'j', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l', ['ү'] = 'y', ['в'] = 'b', ['к'] = 'k',
        ['м'] = 'm', ['н'] = 'h', ['т'] = 't',
        // Greek capitals and small letters
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
        ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ν'] = 'v', ['κ'] = 'k', ['ι'] = 'i', ['υ'] = 'u', ['χ'] = 'x', ['ϲ'] = 'c',
    };
}
