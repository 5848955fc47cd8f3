using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;
using Lucene.Net.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// What a passage's deadline is counted from ("paling lambat 1 (satu) bulan sebelum diselenggarakan rapat anggota tahunan"), as
/// analysed terms, beside the terms of the rest of the passage. A question asking when the RAT must be held names the RAT; a passage
/// that names it only as the point its own deadline counts from sets the deadline of something else (the annual report).
/// </summary>
public sealed partial record DeadlineReference(IReadOnlySet<string> From, IReadOnlySet<string> Elsewhere)
{
    /// <summary>The passage's deadline reference, or null when it counts no deadline from an event.</summary>
    public static DeadlineReference? Of(string text, Analyzer analyzer)
    {
        var flat = Regex.Replace(text, @"\s*-{2,}\s*|\s+", " ");
        var matches = Counted().Matches(flat);
        if (matches.Count == 0) return null;
        var from = matches.SelectMany(m => IndonesianAnalysis.Terms(analyzer, m.Groups["from"].Value)).ToHashSet(StringComparer.Ordinal);
        var elsewhere = IndonesianAnalysis.Terms(analyzer, Counted().Replace(flat, " ")).ToHashSet(StringComparer.Ordinal);
        return new DeadlineReference(from, elsewhere);
    }

    /// <summary>True when the passage names the concept, in some wording, only as the point its deadline counts from.</summary>
    public bool OnlyCountsFrom(Concept concept) =>
        concept.Alternatives.Any(a => a.All(From.Contains)) && !NamesElsewhere(concept);

    /// <summary>True when the passage names the concept outside its deadline's starting point (what the deadline is for).</summary>
    public bool NamesElsewhere(Concept concept) => concept.Alternatives.Any(a => a.All(Elsewhere.Contains));

    [GeneratedRegex(@"paling lambat \d+ \([\w\s]+\) (hari|minggu|bulan|tahun) (sebelum|setelah|sesudah) (?<from>[^,.;:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();
}
