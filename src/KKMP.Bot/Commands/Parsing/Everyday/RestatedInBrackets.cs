namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "GULA PASIR LAKU 2 KG ( DUA KILO )", "telur 1,5 kg (satu setengah kilo)": an amount said again in brackets, as on a cheque,
/// is one amount. The brackets go when they hold the same amount as the one right before them; a different amount stays,
/// so the message reads as two amounts and is asked back.
/// </summary>
internal static class RestatedInBrackets
{
    public static IReadOnlyList<Token> Without(IReadOnlyList<Token> tokens)
    {
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
            if (!tokens[i].Quoted && tokens[i].Text.StartsWith('(')) { open = i; break; }
        if (open < 1) return tokens;
        var close = -1;
        for (var i = open; i < tokens.Count && i <= open + 4; i++)
            if (!tokens[i].Quoted && tokens[i].Text.EndsWith(')')) { close = i; break; }
        if (close < 0) return tokens;
        var inside = EverydayWords.Clean(tokens.Skip(open).Take(close - open + 1).ToList());
        var before = EverydayWords.Clean(tokens.Take(open).TakeLast(2).ToList());
        return Amount(before) is { } said && Amount(inside) == said ? [.. tokens.Take(open), .. tokens.Skip(close + 1)] : tokens;
    }

    /// <summary>The amount at the end of <paramref name="words"/> (a number, in digits or words, and its unit), or null.</summary>
    private static (decimal Amount, string? Unit)? Amount(IReadOnlyList<Token> words)
    {
        var amount = WordNumbers.Normalize(words, out var unclear);
        if (unclear is not null || amount.Count == 0) return null;
        var unit = Units.Normalize(amount[^1].Text);
        var numberAt = unit is null ? amount.Count - 1 : amount.Count - 2;
        if (numberAt < 0 || !IndonesianNumber.TryParseQuantity(amount[numberAt].Text, out var quantity, out var glued)) return null;
        return (quantity, unit ?? Units.Normalize(glued));
    }
}
