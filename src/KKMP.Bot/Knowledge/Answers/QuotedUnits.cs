using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;
using Lucene.Net.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>The part of a passage worth quoting, with the ayat/huruf label for the citation.</summary>
/// <param name="Label">" ayat (3)", " huruf b", or "" for the whole passage.</param>
public sealed record Quote(string Label, string Text, bool IsWhole);

/// <summary>
/// Picks the ayat (or huruf item) of a passage that answer the question: the passage is split into
/// its ayat "(1) …" (each with its huruf lines), or into huruf items under an opening line; the
/// units matching the most question concepts are kept.
/// </summary>
public static partial class QuotedUnits
{
    public static Quote Select(string text, IReadOnlyList<Concept> concepts, Analyzer analyzer, int maxUnits = 2)
    {
        var lines = text.Split('\n');
        var ayat = lines.Any(l => Ayat().IsMatch(l));
        var starts = ayat ? Ayat() : Huruf();
        var intro = lines.TakeWhile(l => !starts.IsMatch(l)).ToList();
        var units = new List<(string Label, List<string> Lines)>();
        foreach (var line in lines.Skip(intro.Count))
        {
            var start = starts.Match(line);
            if (start.Success) units.Add((ayat ? $" ayat ({start.Groups[1].Value})" : $" huruf {start.Groups[1].Value}", [line]));
            else units[^1].Lines.Add(line);
        }
        if (units.Count < 2) return new Quote("", text, true);

        var scored = units.Select((u, i) => (Unit: u, Index: i, Score: Score(string.Join(' ', u.Lines), concepts, analyzer))).ToList();
        var best = scored.Max(s => s.Score);
        if (best == 0) return new Quote("", text, true);
        var chosen = scored.Where(s => s.Score == best).Take(maxUnits).ToList();
        if (chosen.Count == units.Count) return new Quote("", text, true);

        var quoted = new List<string>(ayat ? [] : intro);
        for (var i = 0; i < chosen.Count; i++)
        {
            if (i > 0 && chosen[i].Index != chosen[i - 1].Index + 1) quoted.Add("…");
            quoted.AddRange(chosen[i].Unit.Lines);
        }
        var label = ayat
            ? " ayat " + string.Join(" dan ", chosen.Select(c => c.Unit.Label.Replace(" ayat ", "")))
            : " huruf " + string.Join(" dan ", chosen.Select(c => c.Unit.Label.Replace(" huruf ", "")));
        return new Quote(label, string.Join('\n', quoted), false);
    }

    /// <summary>How many of the question's concepts a piece of text contains.</summary>
    public static int Score(string text, IReadOnlyList<Concept> concepts, Analyzer analyzer)
    {
        var terms = IndonesianAnalysis.Terms(analyzer, text).ToHashSet(StringComparer.Ordinal);
        return concepts.Count(c => c.Alternatives.Any(a => a.All(terms.Contains)));
    }

    [GeneratedRegex(@"^\((\d+[a-z]?)\)\s")]
    private static partial Regex Ayat();

    [GeneratedRegex(@"^([a-z])[.)]\s")]
    private static partial Regex Huruf();
}
