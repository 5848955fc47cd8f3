using KKMP.Bot.Commands.Parsing.Everyday;
using KKMP.Bot.Commands.Table;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// The Indonesian command grammar: turns one message into a <see cref="ParseResult"/>. Pure and
/// thread-safe; no catalogue, no clock, no roles (those are the router's and the ledger's job).
/// </summary>
/// <remarks>
/// "/word …" is always a command attempt. Without the slash, text is a command only when it starts
/// with a command word and fits that command's shape ("jual gula 2 kg", "harga beras berapa?");
/// if it does not fit, it is an <see cref="ParseResult.Invalid"/> attempt only when it carries a
/// number, unit or price and no question mark, and otherwise free text for the assistant
/// ("masuk angin", "stok beras habis ya?").
/// </remarks>
public static class CommandParser
{
    public static ParseResult Parse(string? text)
    {
        if (InvisibleCharacters.Clean(text ?? "") is not { } visible) return new ParseResult.Invalid(InvisibleCharacters.BidiRefusal(text!));
        var trimmed = ForwardedPrefix.Unwrap(visible).Trim();
        if (trimmed.Length == 0) return new ParseResult.NotACommand();
        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            return new ParseResult.Invalid($"Pesan berisi karakter kontrol yang tidak sah; ketik ulang. Contoh: {CommandExamples.Sale}");
        return trimmed[0] == '/' ? ParseSlashed(trimmed[1..]) : ParseBare(trimmed);
    }

    /// <summary>
    /// An item-first question without "harga" ("beras berapa?", "beras masih 12.500 kah?"), or null. It is a price question
    /// only if the words name an item of the asker's cooperative, which the grammar cannot know.
    /// </summary>
    public static PriceQuery? CandidatePriceQuestion(string? text)
    {
        var trimmed = ForwardedPrefix.Unwrap(text ?? "").Trim();
        if (trimmed.Length is 0 or > 60 || trimmed[0] == '/') return null;
        return Tokenizer.Split(trimmed) is { Count: > 1 } tokens ? PriceQuestion.TryReadItemFirst(tokens) ?? PriceQuestion.TryReadStillAt(tokens) : null;
    }

    private static ParseResult ParseSlashed(string body)
    {
        if (body.Length > Limits.MaxCommandLength)
            return new ParseResult.Invalid($"Perintah terlalu panjang (paling banyak {Limits.MaxCommandLength} huruf). Contoh: {CommandExamples.Sale}");
        var tokens = Tokenizer.Split(body);
        if (tokens is null)
            return new ParseResult.Invalid($"Tanda kutip belum ditutup. Contoh: {CommandExamples.ItemAdd}");
        if (tokens.Count == 0)
            return new ParseResult.Invalid($"Perintah belum ditulis. Ketik {CommandExamples.Help} untuk daftar perintah.");
        var word = CommandWord(tokens[0].Text.TrimEnd('?', '!', '.', ','));
        if (CommandTable.Find(word) is not { Rule: var rule }) return UnknownCommand(word);
        try
        {
            return new ParseResult.Parsed(rule(tokens.Skip(1).ToList()));
        }
        catch (GrammarError error)
        {
            return new ParseResult.Invalid(error.Message);
        }
    }

    private static ParseResult ParseBare(string text)
    {
        var tokens = text.Length <= Limits.MaxCommandLength ? Tokenizer.Split(text) : null;
        if (tokens is null || tokens.Count == 0) return new ParseResult.NotACommand();
        // "beras brp sekilo bu": item first, then the ask word and a unit, is a price question even without "harga".
        // "… harga beras sekarang berapa ya soalnya di warung sebelah sudah naik": the question before its reason.
        var asked = Everyday.Requests.BeforeReason(tokens);
        if ((PriceQuestion.TryReadBare(asked) ?? PriceQuestion.TryReadItemFirst(asked, requireUnit: true)) is { } question)
            return new ParseResult.Parsed(question);
        if (EverydayReader.Read(text, tokens) is { } everyday) return everyday;
        var word = CommandWord(tokens[0].Text.TrimEnd('?', '!', '.', ','));
        // Price questions were handled above; what is left after "harga …" is a remark for the assistant.
        if (word == "harga" || CommandTable.Find(word) is not { } group) return new ParseResult.NotACommand();
        if (group.SlashOnly || (group.AloneWithoutSlash && tokens.Count > 1)) return new ParseResult.NotACommand();
        var args = tokens.Skip(1).ToList();
        try
        {
            var command = group.Rule(args);
            // Codes are arbitrary words; without a slash only a code with a digit is clearly one.
            if (command is Join join && !join.Code.Any(char.IsAsciiDigit)) return new ParseResult.NotACommand();
            // "stok beras habis ya?": without a slash a name alone is a sentence; stock questions were read above.
            if (command is StockList { Item: not null }) return new ParseResult.NotACommand();
            return new ParseResult.Parsed(command);
        }
        catch (GrammarError error)
        {
            return !group.AlsoAQuestionWord && LooksLikeAttempt(word, text, args) ? new ParseResult.Invalid(error.Message) : new ParseResult.NotACommand();
        }
    }

    /// <summary>A malformed slash-less command is reported only when it clearly meant to record something.</summary>
    private static bool LooksLikeAttempt(string word, string text, IReadOnlyList<Token> args) =>
        !text.Contains('?')
        && (word == "setharga" || args.Any(a => a.Text.Any(char.IsAsciiDigit) || Units.IsUnit(a.Text) || MoneyReader.IsPriceStart(a)));

    /// <summary>"/Jual@KKMPBot" → "jual".</summary>
    private static string CommandWord(string token)
    {
        var at = token.IndexOf('@');
        return (at >= 0 ? token[..at] : token).ToLowerInvariant();
    }

    private static ParseResult.Invalid UnknownCommand(string word)
    {
        var closest = CommandTable.Words
            .Select(known => (known, distance: EditDistance.Between(word, known)))
            .Where(x => x.distance <= (word.Length <= 4 ? 1 : 2) || (word.Length >= 3 && x.known.StartsWith(word)))
            .OrderBy(x => x.distance)
            .Select(x => x.known)
            .FirstOrDefault();
        var example = closest is null ? null : CommandTable.Find(closest)?.Commands.FirstOrDefault()?.Examples[0].Text;
        return closest is null
            ? new ParseResult.Invalid($"Perintah /{word} tidak dikenal. Ketik {CommandExamples.Help} untuk daftar perintah.")
            : new ParseResult.Invalid($"Perintah /{word} tidak dikenal. Maksud Anda /{closest}? Contoh: {example ?? "/" + closest}");
    }
}
