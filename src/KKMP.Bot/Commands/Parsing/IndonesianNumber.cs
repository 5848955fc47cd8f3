using System.Globalization;
using System.Text.RegularExpressions;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Numbers as Indonesians write them: '.' groups thousands and ',' is the decimal mark
/// (12.500 = 12500, 2,5 = 2.5, 1.250,5 = 1250.5).
/// The ambiguous "1.5" (a dot NOT followed by exactly three digits) is read as a decimal point,
/// because that is what a phone user typing "1.5 kg" means; "1.500" is always one thousand five hundred.
/// Multipliers rb/ribu/k (×1.000), jt/juta (×1.000.000) and miliar (×1.000.000.000) are understood where money is expected.
/// </summary>
public static partial class IndonesianNumber
{
    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex DotThousands();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})*,\d+$")]
    private static partial Regex DotThousandsCommaDecimal();

    [GeneratedRegex(@"^\d+([.,]\d+)?$")]
    private static partial Regex PlainOrDecimal();

    /// <summary>Leading number of a word and whatever letters are glued after it ("50kg" → "50", "kg").</summary>
    [GeneratedRegex(@"^(\d[\d.,]*)(.*)$")]
    private static partial Regex NumberThenRest();

    /// <summary>Parses one number written the Indonesian way, without multipliers or units.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        string invariant;
        if (DotThousands().IsMatch(text)) invariant = text.Replace(".", "");
        else if (DotThousandsCommaDecimal().IsMatch(text)) invariant = text.Replace(".", "").Replace(',', '.');
        else if (PlainOrDecimal().IsMatch(text)) invariant = text.Replace(',', '.');
        else return false;
        return invariant.Length <= 20
            && decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Splits "50kg" into ("50", "kg") and "2,5" into ("2,5", ""); false when the word does not start with a digit.</summary>
    public static bool TrySplitGlued(string word, out string number, out string rest)
    {
        var match = NumberThenRest().Match(word);
        number = match.Success ? match.Groups[1].Value : "";
        rest = match.Success ? match.Groups[2].Value : "";
        // "2.5." or "12.500," — punctuation at the end of a sentence belongs to the sentence.
        var trimmed = number.TrimEnd('.', ',');
        number = trimmed;
        rest = rest.Trim('.', ',', '!', '?');
        return match.Success;
    }

    [GeneratedRegex(@"^(\d{1,3})/(\d{1,3})(\D.*)?$")]
    private static partial Regex Fraction();

    private static readonly Dictionary<char, decimal> FractionSigns = new() { ['½'] = 0.5m, ['¼'] = 0.25m, ['¾'] = 0.75m };

    /// <summary>
    /// A quantity word with whatever is glued after it: "2,5kg", "1.5", and the fractions people
    /// say for half a kilo: "1/2", "½", "3/4kg". <paramref name="glued"/> is the unit part, if any.
    /// </summary>
    public static bool TryParseQuantity(string word, out decimal value, out string glued)
    {
        value = 0;
        glued = "";
        if (word.Length > 0 && FractionSigns.TryGetValue(word[0], out value))
        {
            glued = word[1..].Trim('.', ',', '!', '?');
            return true;
        }
        // "1½kg": a whole number with a fraction sign after it.
        var sign = word.IndexOfAny(['½', '¼', '¾']);
        // at most six digits: a longer whole number is no quantity, and int.Parse would overflow
        if (sign is > 0 and <= 6 && word[..sign].All(char.IsAsciiDigit))
        {
            value = int.Parse(word[..sign]) + FractionSigns[word[sign]];
            glued = word[(sign + 1)..].Trim('.', ',', '!', '?');
            return true;
        }
        var fraction = Fraction().Match(word);
        if (fraction.Success)
        {
            var denominator = int.Parse(fraction.Groups[2].Value);
            glued = fraction.Groups[3].Value.Trim('.', ',', '!', '?');
            value = denominator == 0 ? 0 : Math.Round(int.Parse(fraction.Groups[1].Value) / (decimal)denominator, 3);
            return denominator != 0;
        }
        return TrySplitGlued(word, out var number, out glued) && TryParse(number, out value);
    }

    /// <summary>The multiplier a word stands for: rb/ribu/k → 1.000, jt/juta → 1.000.000; null otherwise.</summary>
    public static long? Multiplier(string word) => word.ToLowerInvariant() switch
    {
        // Sundanese "rebu", Javanese "ewu"/"éwu", Madurese "èbu"
        "rb" or "ribu" or "k" or "rbu" or "rebu" or "ewu" or "éwu" or "ebu" or "èbu" => 1_000,
        "jt" or "juta" => 1_000_000,
        "miliar" or "milyar" => 1_000_000_000,
        _ => null,
    };

    /// <summary>Indonesian number words, recognised only to give a helpful error ("tulis dengan angka").</summary>
    public static bool IsNumberWord(string word) => word.ToLowerInvariant() is
        "nol" or "satu" or "dua" or "tiga" or "empat" or "lima" or "enam" or "tujuh" or "delapan"
        or "sembilan" or "sepuluh" or "sebelas" or "seratus" or "seribu" or "setengah" or "separuh"
        or "puluh" or "belas" or "ratus";
}
