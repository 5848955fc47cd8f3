using System.Text;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>
/// Turns the router's plain text into markdown that renders as the same plain text in Web Chat
/// (markdown-it with HTML enabled): special characters are backslash-escaped, line starts that
/// would become lists, headings, quotes or code blocks are neutralised, and every line break is kept.
/// </summary>
public static class MarkdownText
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that change rendering.
    private const string Special = "\\`*_[]<>#|~&!";

    public static string Escape(string plain)
    {
        var lines = plain.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var markdown = new StringBuilder(plain.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                // A blank line on either side is a paragraph break; otherwise force a hard line break.
                markdown.Append(lines[i].Length == 0 || lines[i - 1].Length == 0 ? "\n" : "\\\n");
            AppendLine(markdown, lines[i]);
        }
        return markdown.ToString();
    }

    private static void AppendLine(StringBuilder markdown, string line)
    {
        // Leading spaces would start a code block: keep the indent as no-break spaces.
        var indent = line.Length - line.TrimStart(' ').Length;
        markdown.Append('\u00A0', indent);
        var start = markdown.Length;
        foreach (var c in line.AsSpan(indent))
        {
            if (Special.Contains(c))
                markdown.Append('\\');
            markdown.Append(c);
        }
        NeutraliseBlockStart(markdown, start);
    }

    /// <summary>"- a", "+ a", "1. a", "2) a", "= " and "---" at a line start: escape the marker.</summary>
    private static void NeutraliseBlockStart(StringBuilder markdown, int start)
    {
        if (start >= markdown.Length)
            return;
        var first = markdown[start];
        if (first is '-' or '+' or '=')
        {
            markdown.Insert(start, '\\');
            return;
        }
        var digits = start;
        while (digits < markdown.Length && char.IsAsciiDigit(markdown[digits]))
            digits++;
        if (digits > start && digits < markdown.Length && markdown[digits] is '.' or ')')
            markdown.Insert(digits, '\\');
    }
}
