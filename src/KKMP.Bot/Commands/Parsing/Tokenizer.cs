namespace KKMP.Bot.Commands.Parsing;

/// <summary>One word of a command; <see cref="Quoted"/> when it came from "double quotes".</summary>
internal sealed record Token(string Text, bool Quoted)
{
    private string? _lower;

    /// <summary>Computed on first use and kept: the everyday readers compare words many times.</summary>
    public string Lower => _lower ??= Text.ToLowerInvariant();

    // Equality is the word as typed; the cached lower-case form is not part of it.
    public bool Equals(Token? other) => other is not null && Text == other.Text && Quoted == other.Quoted;
    public override int GetHashCode() => HashCode.Combine(Text, Quoted);
    public bool StartsLikeNumber => Text.Length > 0 && (char.IsAsciiDigit(Text[0]) || Text[0] is '½' or '¼' or '¾');
    public override string ToString() => Text;
}

/// <summary>
/// Splits a message into words on any whitespace, keeping "quoted phrases" together. Phones
/// produce curly quotes (“…”), so those count as quotes too.
/// </summary>
internal static class Tokenizer
{
    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '„';

    /// <summary>Null when a quote is left open.</summary>
    public static List<Token>? Split(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (IsQuote(text[i]))
            {
                var end = text.IndexOfAny(['"', '“', '”', '„'], i + 1);
                if (end < 0) return null;
                var inner = Fold(text[(i + 1)..end]);
                // An empty "" stays a field: dropping it would shift the fields after it (a cooperative's name becoming its village).
                tokens.Add(new Token(inner, Quoted: true));
                i = end + 1;
                continue;
            }
            var start = i;
            // A price glued to the quantity ("2kg@12.000") starts a new word; the first word keeps
            // its '@' because Telegram writes commands as /jual@BotName.
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsQuote(text[i])
                   && !(text[i] == '@' && i > start && tokens.Count > 0)) i++;
            tokens.Add(new Token(text[start..i], Quoted: false));
        }
        return tokens;
    }

    /// <summary>Trims and folds runs of whitespace into one space.</summary>
    public static string Fold(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));
}
