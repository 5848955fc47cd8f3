namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>What one everyday reader made of a message: the slash command it means, or a verdict of its own.</summary>
internal abstract record Reading
{
    /// <summary>
    /// The slash command the words mean ("/jual gula 2 kg"), read by the same rule as the slash form.
    /// <see cref="Attempt"/>: when that rule refuses the words, answer its error (true) or treat the
    /// message as chat (false, for forms that only look like a command when they fit).
    /// </summary>
    public sealed record Slash(string Word, IReadOnlyList<Token> Args, bool Attempt) : Reading
    {
        /// <summary>Read as a question about one item's stock ("stok beras berapa?"), not a count missing its amount.</summary>
        public bool AsksStock { get; init; }

        public override string ToString() => Args.Count == 0 ? "/" + Word : $"/{Word} {Tokenizer.Join(Args)}";
    }

    /// <summary>A question back (several items, a correction, an unclear number) or "not a command".</summary>
    public sealed record Verdict(ParseResult Result) : Reading;

    public static Verdict Ask(string message) => new(new ParseResult.Invalid(message));

    public static Verdict Chat { get; } = new(new ParseResult.NotACommand());
}
