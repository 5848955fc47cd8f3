using System.Text;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Plain reply text → Telegram HTML messages: every character that means something in HTML is
/// escaped, and long text is cut into messages at paragraph, then line, sentence and word boundaries.
/// </summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit for one message's text.</summary>
    public const int MaxMessageLength = 4096;

    private static readonly string[] Boundaries = ["\n\n", "\n", ". ", " "];

    /// <summary>
    /// Hand-written on purpose: HtmlEncoder/WebUtility also encode non-ASCII letters as numeric
    /// entities, which inflates Indonesian text; Telegram needs only these three.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        return builder.ToString();
    }

    /// <summary>Escaped messages, each at most <paramref name="limit"/> characters even after escaping.</summary>
    public static IReadOnlyList<string> ToMessages(string plainText, int limit = MaxMessageLength)
    {
        var pieces = new List<string>();
        Pack(plainText.Trim(), limit, 0, pieces);
        return pieces.Select(Escape).ToList();
    }

    private static void Pack(string text, int limit, int level, List<string> output)
    {
        if (EscapedLength(text) <= limit)
        {
            AddTrimmed(text, output);
            return;
        }
        if (level == Boundaries.Length)
        {
            HardCut(text, limit, output);
            return;
        }

        var boundary = Boundaries[level];
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var part in text.Split(boundary))
        {
            var partLength = EscapedLength(part);
            var joined = currentLength == 0 ? partLength : currentLength + boundary.Length + partLength;
            if (joined <= limit)
            {
                if (currentLength > 0) current.Append(boundary);
                current.Append(part);
                currentLength = joined;
                continue;
            }
            AddTrimmed(current.ToString(), output);
            current.Clear();
            currentLength = 0;
            if (partLength <= limit)
            {
                current.Append(part);
                currentLength = partLength;
            }
            else
            {
                Pack(part, limit, level + 1, output);
            }
        }
        AddTrimmed(current.ToString(), output);
    }

    /// <summary>A single "word" longer than a message: cut by characters, never inside a surrogate pair.</summary>
    private static void HardCut(string text, int limit, List<string> output)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var length = 0;
            while (end < text.Length && length + EscapedLength(text[end]) <= limit) length += EscapedLength(text[end++]);
            if (end < text.Length && end > start && char.IsHighSurrogate(text[end - 1])) end--;
            AddTrimmed(text[start..end], output);
            start = end;
        }
    }

    private static void AddTrimmed(string piece, List<string> output)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length > 0) output.Add(trimmed);
    }

    private static int EscapedLength(string text)
    {
        var length = 0;
        foreach (var c in text) length += EscapedLength(c);
        return length;
    }

    private static int EscapedLength(char c) => c switch { '&' => 5, '<' or '>' => 4, _ => 1 };
}
