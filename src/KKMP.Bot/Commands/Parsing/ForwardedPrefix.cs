using System.Text.RegularExpressions;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// A line copied from a WhatsApp group keeps its stamp and sender: "[08.47] Pak Joko: td pagi kejual beras 1krg",
/// "[29/11 14.22] Bu Sri: …". The stamp and name say who wrote it in the group, not what to record; the bot reads what
/// follows (the sender here is the one who forwarded it, and the record is theirs).
/// </summary>
internal static partial class ForwardedPrefix
{
    [GeneratedRegex(@"^\s*\[(?:[0-9./:,\- ]{3,20}|fwd|forward|forwarded|diteruskan)\]\s*(?<sender>[^:\[\]\n]{1,40}):\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    /// <summary>
    /// Without the stamp and sender. Before a colon, "[Fwd] kasir 2:" names who wrote it, but "[Diteruskan] Sdh dikirim ya bu:"
    /// already says what happened, so a "sender" with a shop verb in it stays.
    /// </summary>
    public static string Strip(string text) =>
        Prefix().Match(text) is { Success: true } match && !SaysWhatHappened(match.Groups["sender"].Value) ? text[match.Length..] : text;

    public static bool SaysWhatHappened(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.ToLowerInvariant().Trim(':', ',', '.') is var lower
            && (Everyday.EverydayWords.Verbs.ContainsKey(lower) || Guessing.GuessWords.Verbs.ContainsKey(lower)));

    /// <summary>
    /// What was written, without the forwarding stamp, with copied columns as one line (<see cref="CopiedRows"/>), with
    /// a number's punctuation typed between spaces closed up (<see cref="Everyday.TypingHabits.SpacedNumberPunctuation"/>),
    /// the punctuation a voice keyboard spelled out written as marks (<see cref="Everyday.TypingHabits.SpokenPunctuation"/>),
    /// and without a letter's or a form's framing (<see cref="Letters"/>).
    /// </summary>
    public static string Unwrap(string text) => Letters.Body(CopiedRows.Flatten(Strip(Everyday.TypingHabits.SpaceAfterComma(Everyday.TypingHabits.SpokenPunctuation(Everyday.TypingHabits.SpacedNumberPunctuation(text))))));
}
