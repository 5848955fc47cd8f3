using System.Text;
using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// Turns source lines (some wrapped by a PDF layout) into one line per list item or ayat:
/// a line that starts with a list marker starts a new line, any other line continues the previous one.
/// Notarial filler dashes, layout spaces and markdown bold are dropped; the words are untouched.
/// </summary>
public static partial class TextReflow
{
    public static string Join(IEnumerable<string> lines)
    {
        var output = new List<StringBuilder>();
        foreach (var raw in lines)
        {
            var line = Clean(raw);
            if (line.Length == 0) continue;
            if (output.Count == 0 || StartsItem(line))
            {
                output.Add(new StringBuilder(line));
                continue;
            }
            var last = output[^1];
            var hyphenated = last.Length > 1 && last[^1] == '-' && char.IsLetter(last[^2]) && char.IsLower(line[0]);
            if (!hyphenated) last.Append(' ');
            last.Append(line);
        }
        return string.Join('\n', output.Select(b => b.ToString()));
    }

    /// <summary>True when the line begins an ayat "(1)", a huruf "a.", a number "1." / "1)" / "1.1.", or a bullet.</summary>
    public static bool StartsItem(string line) => ItemMarker().IsMatch(line);

    private static string Clean(string raw)
    {
        var line = FillerDashes().Replace(raw, " ");
        line = line.Replace('➢', '-').Replace('\t', ' ').Replace("**", "");   // markdown bold: answers are plain text
        line = Spaces().Replace(line, " ").Trim();
        return line is "-" ? "" : line;
    }

    [GeneratedRegex(@"^(\(\d+[a-z]?\)|[a-z]\.|[a-z]\)|\d+(\.\d+)*\.|\d+\)|[-•*]|[IVX]+\.)\s")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"-{3,}")]
    private static partial Regex FillerDashes();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
