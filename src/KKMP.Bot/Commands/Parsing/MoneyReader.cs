using System.Text.RegularExpressions;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Reads a price written any of the ways shop staff write one: 12.500, Rp12.500, Rp 12.500, @12.500,
/// @ Rp 12.500, 12rb, 12 ribu, 12k, 1,5jt, 12.500,-, optionally followed by /kg or "per kg".
/// </summary>
internal static partial class MoneyReader
{
    [GeneratedRegex(@"^\d+,\d{3}$")]
    private static partial Regex AmbiguousComma();

    /// <summary>True when the word opens a price ("@…", "Rp…").</summary>
    public static bool IsPriceStart(Token token) =>
        !token.Quoted && (token.Text.StartsWith('@')
            || (token.Lower.StartsWith("rp") && (token.Text.Length == 2 || !char.IsAsciiLetter(token.Text[2]))));

    /// <summary>Reads a price starting at <paramref name="i"/> and moves past it.</summary>
    public static long Read(IReadOnlyList<Token> tokens, ref int i, string example, out string? perUnit) =>
        Read(tokens, ref i, example, out perUnit, "Harga", Limits.MaxPrice, allowPerUnit: true);

    /// <summary>A sum of money that is not a price (/biaya, /kas): its own noun and bound, and no "/kg".</summary>
    public static long ReadAmount(IReadOnlyList<Token> tokens, ref int i, string example) =>
        Read(tokens, ref i, example, out _, "Jumlah uang", Limits.MaxCashAmount, allowPerUnit: false);

    private static long Read(IReadOnlyList<Token> tokens, ref int i, string example, out string? perUnit, string noun, long max, bool allowPerUnit)
    {
        var text = tokens[i].Text;
        text = StripPrefix(tokens, ref i, text, "@", example);
        if (text.StartsWith("rp", StringComparison.OrdinalIgnoreCase))
            text = StripPrefix(tokens, ref i, text, text.Length > 2 && text[2] == '.' ? "rp." : "rp", example);
        i++;

        perUnit = null;
        var slash = text.IndexOf('/');
        if (slash >= 0 && allowPerUnit)
        {
            perUnit = text.Length > slash + 1 ? ReadUnit(text[(slash + 1)..], example) : null;
            text = text[..slash];
        }
        if (text.EndsWith(",-") || text.EndsWith(".-")) text = text[..^2];
        if (text.StartsWith('-') || text.StartsWith('−')) throw GrammarError.With($"{noun} harus lebih dari nol.", example);

        if (!IndonesianNumber.TrySplitGlued(text, out var number, out var rest))
            throw GrammarError.With($"{noun} \"{tokens[i - 1].Text}\" harus berupa angka.", example);
        long multiplier = 1;
        if (rest.Length > 0)
            multiplier = IndonesianNumber.Multiplier(rest)
                ?? throw GrammarError.With($"{noun} \"{text}\" tidak bisa dibaca.", example);
        else if (i < tokens.Count && IndonesianNumber.Multiplier(tokens[i].Text) is { } spelled)
        {
            multiplier = spelled;
            i++;
        }

        // "12,000" is twelve in Indonesian but twelve thousand to anyone used to English: ask rather than guess.
        if (AmbiguousComma().IsMatch(number))
            throw GrammarError.With($"{noun} \"{number}\" membingungkan; pakai titik untuk ribuan ({number.Replace(',', '.')}).", example);
        if (!IndonesianNumber.TryParse(number, out var amount))
            throw GrammarError.With($"{noun} \"{number}\" tidak bisa dibaca; pakai titik untuk ribuan.", example);
        var rupiah = amount * multiplier;
        if (rupiah != decimal.Truncate(rupiah))
            throw GrammarError.With($"{noun} harus rupiah bulat (tanpa sen); pakai titik untuk ribuan.", example);
        if (rupiah <= 0) throw GrammarError.With($"{noun} harus lebih dari nol.", example);
        if (rupiah > max)
            throw GrammarError.With($"{noun} terlalu besar (paling banyak {Commands.Formatting.IndonesianFormat.Rupiah(max)}).", example);

        if (allowPerUnit) perUnit ??= ReadPerUnit(tokens, ref i, example);
        return (long)rupiah;
    }

    private static string StripPrefix(IReadOnlyList<Token> tokens, ref int i, string text, string prefix, string example)
    {
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return text;
        var rest = text[prefix.Length..];
        if (rest.Length > 0) return rest;
        if (i + 1 >= tokens.Count) throw GrammarError.With("Harga belum ditulis.", example);
        i++;
        return tokens[i].Text;
    }

    /// <summary>"/kg", "/ kg" or "per kg" after the amount.</summary>
    private static string? ReadPerUnit(IReadOnlyList<Token> tokens, ref int i, string example)
    {
        if (i >= tokens.Count) return null;
        var word = tokens[i].Lower;
        if (word.StartsWith('/') && word.Length > 1) { i++; return ReadUnit(word[1..], example); }
        if ((word is "/" or "per") && i + 1 < tokens.Count)
        {
            i += 2;
            return ReadUnit(tokens[i - 1].Text, example);
        }
        return null;
    }

    private static string ReadUnit(string word, string example) =>
        Units.Normalize(word)
        ?? throw GrammarError.With($"Satuan \"{word}\" tidak dikenal. Satuan: {Units.KnownUnitsText}.", example);
}
