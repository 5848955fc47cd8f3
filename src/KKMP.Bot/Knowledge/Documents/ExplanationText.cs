using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>Penjelasan without its "Cukup jelas" entries, one "Ayat (n): …" unit per line.</summary>
public static partial class ExplanationText
{
    public static string? Clean(IReadOnlyList<string> lines)
    {
        var units = new List<(string Label, List<string> Lines)> { ("", []) };
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            if (Label().IsMatch(line)) units.Add((line, []));
            else units[^1].Lines.Add(line);
        }
        var kept = units
            .Select(u => (u.Label, Text: TextReflow.Join(u.Lines)))
            .Where(u => u.Text.Length > 0 && !NothingToExplain().IsMatch(u.Text))
            .Select(u => u.Label.Length == 0 ? u.Text : $"{u.Label}: {u.Text}")
            .ToList();
        return kept.Count == 0 ? null : string.Join('\n', kept);
    }

    [GeneratedRegex(@"^(Ayat \(\d+\)|Huruf [a-z]|Angka \d+)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^Cukup jelas\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingToExplain();
}
