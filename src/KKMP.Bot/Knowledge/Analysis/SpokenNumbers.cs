using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// Numbers said in words, as voice typing writes them ("pmk empat puluh sembilan tahun dua ribu dua puluh lima"), back to digits
/// ("pmk 49 tahun 2025"), so a regulation named by voice is recognised like a typed one. Whole numbers only, up to the thousands.
/// </summary>
public static partial class SpokenNumbers
{
    private static readonly Dictionary<string, int> Digits = new()
    {
        ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6, ["tujuh"] = 7, ["delapan"] = 8, ["sembilan"] = 9,
    };

    public static string ToDigits(string text) => Run().Replace(text, m => Value(m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToString());

    private static int Value(IEnumerable<string> words)
    {
        int thousands = 0, hundreds = 0, small = 0;
        foreach (var word in words)
        {
            if (Digits.TryGetValue(word, out var digit)) small += digit;
            else if (word == "sepuluh") small += 10;
            else if (word == "sebelas") small += 11;
            else if (word == "belas") small += 10;
            else if (word == "puluh") small *= 10;
            else if (word == "seratus") hundreds += 100;
            else if (word == "ratus") { hundreds += small * 100; small = 0; }
            else if (word == "seribu") thousands += 1000;
            else if (word == "ribu") { thousands += (hundreds + small) * 1000; hundreds = small = 0; }
        }
        return thousands + hundreds + small;
    }

    /// <summary>A run of number words that starts with a number (not with "puluh", "ribu" alone).</summary>
    [GeneratedRegex(@"\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu)\b(\s+(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|ratus|seribu|ribu)\b)*")]
    private static partial Regex Run();
}
