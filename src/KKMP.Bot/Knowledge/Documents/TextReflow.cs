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
                if (output.Count > 0) DropPadding(output[^1]);
                output.Add(new StringBuilder(line));
                continue;
            }
            var last = output[^1];
            if (EndsInDash(last) && ContinuesWord(last, line)) last.Append(line);
            else DropPadding(last).Append(' ').Append(line);
        }
        if (output.Count > 0) DropPadding(output[^1]);
        return string.Join('\n', output.Select(b => b.ToString()));
    }

    private static bool EndsInDash(StringBuilder line) => line.Length > 1 && line[^1] == '-' && char.IsLetter(line[^2]);

    /// <summary>
    /// A word broken at its hyphen goes on in the next line with its own root: "perundang-" "undangan", "Undang-" "Undang",
    /// "masing-" "masing". Any other dash closing a line pads the notarial draft ("dilakukan-" "oleh", "Rapat-" "Anggota").
    /// </summary>
    private static bool ContinuesWord(StringBuilder last, string next)
    {
        var start = next.TakeWhile(char.IsLetter).Take(RootLength).ToArray();
        if (start.Length < RootLength) return false;
        var text = last.ToString();
        var word = text[(text.LastIndexOf(' ') + 1)..];
        return word.Contains(new string(start), StringComparison.OrdinalIgnoreCase);
    }

    private const int RootLength = 4;

    /// <summary>
    /// A dash closing a line after a word, a space or a sentence's end pads it ("Rapat Anggota.-", "1/5 (satu per -"); after a comma it
    /// is money ("Rp5.000,-").
    /// </summary>
    private static StringBuilder DropPadding(StringBuilder line)
    {
        if (line.Length < 2 || line[^1] != '-' || !(char.IsLetter(line[^2]) || " .;:)".Contains(line[^2]))) return line;
        line.Remove(line.Length - 1, 1);
        while (line.Length > 0 && line[^1] == ' ') line.Remove(line.Length - 1, 1);
        return line;
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

    /// <summary>The notarial draft pads lines with dashes, two or more ("sistem kelompok--", "tahun-- buku"); a hyphen is one.</summary>
    [GeneratedRegex(@"-{2,}")]
    private static partial Regex FillerDashes();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
