namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Raised by a grammar rule when input is malformed; <see cref="CommandParser"/> turns it into
/// <see cref="ParseResult.Invalid"/>. Bad input is rare, and throwing keeps every rule one line.
/// </summary>
internal sealed class GrammarError(string message) : Exception(message)
{
    /// <summary>The reply: what was wrong, then a correct example.</summary>
    public static GrammarError With(string what, string example) => new($"{what} Contoh: {example}");
}
