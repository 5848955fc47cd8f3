using System.Globalization;
using System.Text;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// What a cheap phone and a hurried thumb do to words, undone before any reader looks at them: accents of Madurese and
/// Balinese spelling ("tellor sakèlo paju"), one letter typed twice ("Telurr lakuu", "rekapp", "taadi"), a verb glued to
/// its item ("jualberas2kg"), the clock time of an entry ("td jam 11", "jam 8 pagi"), which says when, not how much, and
/// the punctuation a voice keyboard writes out ("… dua liter titik").
/// </summary>
internal static partial class TypingHabits
{
    /// <summary>
    /// "kajual,33rb", "laku,gpp pake hrg lama": a comma typed without the space after it, between a word and the next word or
    /// number, gets its space. A comma after a digit is a decimal ("2,5") and stays.
    /// </summary>
    public static string SpaceAfterComma(string text) => text.Contains(',') ? GluedComma().Replace(text, ", ") : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L}\p{L}),(?=[\p{L}\d])")]
    private static partial System.Text.RegularExpressions.Regex GluedComma();

    /// <summary>
    /// "RP 312 . 500", "1 , 5 KG", "11 . 500 / KG": spaces typed around the punctuation inside one number, which would split
    /// it into two. A dot before three digits groups thousands and a comma before one or two digits is a decimal, so both
    /// close up; a slash between a number and its unit does too. Read whole, or asked back, never in part.
    /// </summary>
    public static string SpacedNumberPunctuation(string text) =>
        text.Contains(" .") || text.Contains(". ") || text.Contains(" ,") || text.Contains(" /") || text.Contains("/ ")
            ? SpacedSlash().Replace(SpacedDecimal().Replace(SpacedThousands().Replace(text, "$1.$2"), "$1,$2"), "$1/$2")
            : text;

    // "312 . 500", "1 . 250 . 000": the left part may itself be grouped already ("1.250 . 000")
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d,])(\d{1,3}(?:\.\d{3})*)(?: +\. *| *\. +)(\d{3})(?![\d,])")]
    private static partial System.Text.RegularExpressions.Regex SpacedThousands();

    // "1 , 5 KG": a space before the comma (a comma with a space only after it is a list: "gula 2, 3 bungkus")
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(\d{1,3}) +, *(\d{1,2})(?![\d.,]| *(?:rb|ribu|rebu|ewu|jt|juta)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpacedDecimal();

    // "11.500 / KG", "300 RIBU / KARUNG": a slash between a price and a unit word
    [System.Text.RegularExpressions.GeneratedRegex(@"(\d|(?<=\d)k|rb|ribu|rebu|ewu)(?: +/ *| */ +)(\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpacedSlash();

    /// <summary>
    /// "jual minyak goreng dua liter titik", "gula setengah kilo koma bayar tunai titik": voice typing spells the punctuation.
    /// "titik", "tanda tanya" and "tanda seru" end a clause; "koma" does too unless a number follows it ("satu koma lima
    /// kilo", "dua puluh dua kilo koma lima" are decimals).
    /// </summary>
    public static string SpokenPunctuation(string text)
    {
        if (!text.Contains("titik", StringComparison.OrdinalIgnoreCase) && !text.Contains("koma", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("tanda", StringComparison.OrdinalIgnoreCase)) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].ToLowerInvariant();
            var next = i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "";
            var mark = lower switch
            {
                "titik" => ".",
                "koma" when !(next.Length > 0 && (char.IsAsciiDigit(next[0]) || WordNumbers.SaysAmount(next))) => ",",
                "tanda" when next is "tanya" or "seru" => next == "tanya" ? "?" : "!",
                _ => null,
            };
            if (mark is null) { kept.Add(words[i]); continue; }
            if (lower == "tanda") i++; // "tanda tanya": two words, one mark
            if (kept.Count > 0) kept[^1] += mark; // a mark with nothing before it says nothing
        }
        return string.Join(' ', kept);
    }

    /// <summary>"sakèlo" → "sakelo", "bârâmpa" → "barampa": letters without their accents.</summary>
    public static string Fold(string word)
    {
        if (word.All(c => c < 128)) return word;
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// "lakuu" → "laku", "taadi" → "tadi": a word the readers do not know, with one doubled letter typed once, when that
    /// makes a word they do know. Known words with a real double letter ("maaf", "sakkarung") are never touched.
    /// </summary>
    public static string Undoubled(string lower, Func<string, bool> known)
    {
        if (!HasDoubleLetter(lower) || known(lower)) return lower;
        for (var i = 1; i < lower.Length; i++)
            if (lower[i] == lower[i - 1] && char.IsLetter(lower[i]) && lower.Remove(i, 1) is var single && known(single))
                return single;
        return lower;
    }

    private static bool HasDoubleLetter(string lower)
    {
        for (var i = 1; i < lower.Length; i++)
            if (lower[i] == lower[i - 1] && char.IsLetter(lower[i])) return true;
        return false;
    }

    /// <summary>Verbs typed without a space before their item: "jualberas", "lakutelur".</summary>
    private static readonly string[] GluedVerbs = ["jual", "laku", "masuk", "terjual", "kejual"];

    /// <summary>"jualberas" → ("jual", "beras"); null when the word does not start with a verb followed by a name of four letters or more.</summary>
    public static (string Verb, string Name)? GluedVerb(string lower)
    {
        foreach (var verb in GluedVerbs)
            if (lower.Length >= verb.Length + 4 && lower.StartsWith(verb, StringComparison.Ordinal) && lower[verb.Length..].All(char.IsLetter))
                return (verb, lower[verb.Length..]);
        return null;
    }

    private static readonly HashSet<string> Clock = ["jam", "jm", "pukul", "pkl"];
    private static readonly HashSet<string> DayParts = ["pagi", "siang", "sore", "malam", "subuh", "an"];

    /// <summary>Javanese and Osing parts of the day: isuk/esuk (morning), awan (midday), bengi/wengi (night), sore.</summary>
    private static readonly HashSet<string> JavaneseDayParts = ["isuk", "esuk", "awan", "bengi", "wengi", "sore"];

    /// <summary>
    /// Drops Javanese and Osing "mau isuk", "mau bengi" (earlier this morning, last night): before a part of the day "mau" says
    /// when, not "want" as in Indonesian ("mau beli" keeps it).
    /// </summary>
    public static List<Token> WithoutEarlierToday(List<Token> words)
    {
        for (var i = words.Count - 2; i >= 0; i--)
            if (!words[i].Quoted && words[i].Lower == "mau" && JavaneseDayParts.Contains(words[i + 1].Lower)) words.RemoveRange(i, 2);
        return words;
    }

    /// <summary>Drops "jam 8", "pukul 10.30", "jam 7 pagi": when the entry happened is not part of it.</summary>
    public static List<Token> WithoutClockTimes(List<Token> words)
    {
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words[i].Quoted || !Clock.Contains(words[i].Lower) || !words[i + 1].StartsLikeNumber) continue;
            var end = i + 2 < words.Count && DayParts.Contains(words[i + 2].Lower) ? i + 3 : i + 2;
            words.RemoveRange(i, end - i);
        }
        return words;
    }
}
