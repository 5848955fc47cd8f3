using System.Text;
using KKMP.Bot.Assistant.Plugins;

namespace KKMP.Bot.Assistant;

/// <summary>
/// The extractive (offline) regulation answer: the best passages quoted with their citation and
/// amendment note. Summaries are labelled as such, never quoted as law.
/// </summary>
public static class RegulationAnswerText
{
    private const int MaxPassages = 2;

    public static string Format(IReadOnlyList<PassageView> passages)
    {
        var text = new StringBuilder();
        foreach (var p in passages.Take(MaxPassages))
        {
            if (text.Length > 0) text.Append("\n\n");
            text.Append(p.IsSummary ? $"Ringkasan ({p.Citation}):\n{p.Text}" : $"Menurut {p.Citation}:\n“{p.Text}”");
            if (!string.IsNullOrWhiteSpace(p.AmendmentNote)) text.Append($"\n({p.AmendmentNote})");
        }
        var sources = passages.Take(MaxPassages).Select(p => p.Source).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList();
        if (sources.Count > 0) text.Append("\n\nSumber: ").Append(string.Join("; ", sources));
        return text.ToString();
    }
}
