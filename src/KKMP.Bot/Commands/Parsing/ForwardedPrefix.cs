using System.Text.RegularExpressions;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// A line copied from a WhatsApp group keeps its stamp and sender: "[08.47] Pak Joko: td pagi kejual beras 1krg",
/// "[29/11 14.22] Bu Sri: …". The stamp and name say who wrote it in the group, not what to record; the bot reads what
/// follows (the sender here is the one who forwarded it, and the record is theirs).
/// </summary>
internal static partial class ForwardedPrefix
{
    [GeneratedRegex(@"^\s*\[[0-9./:,\- ]{3,20}\]\s*[^:\[\]\n]{1,40}:\s*")]
    private static partial Regex Prefix();

    public static string Strip(string text) => Prefix().Match(text) is { Success: true } match ? text[match.Length..] : text;

    /// <summary>
    /// What was written, without the forwarding stamp, with copied columns as one line (<see cref="CopiedRows"/>) and with
    /// the punctuation a voice keyboard spelled out written as marks (<see cref="Everyday.TypingHabits.SpokenPunctuation"/>).
    /// </summary>
    public static string Unwrap(string text) => CopiedRows.Flatten(Strip(Everyday.TypingHabits.SpokenPunctuation(text)));
}
