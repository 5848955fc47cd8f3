using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Documents;
using Lucene.Net.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// The terms a passage defines, read from its wording and its Penjelasan: "Simpanan pokok adalah …",
/// "Yang dimaksud dengan modal sendiri adalah …", "k. Simpanan Pokok adalah …". A definitional question
/// ("simpanan pokok itu apa?") then prefers the passage that defines exactly what was asked, even when
/// the definition sits in the Penjelasan of a long Pasal rather than in the glossary.
/// </summary>
public static partial class DefinedTerms
{
    private const int LongestTerm = 6;

    /// <summary>Each defined term as index terms (analysed with the index's analyzer).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(KnowledgeChunk chunk, Analyzer analyzer) =>
        Phrases(chunk.Text).Concat(Phrases(chunk.Explanation ?? ""))
            .Select(p => (IReadOnlyList<string>)[.. IndonesianAnalysis.Terms(analyzer, p), .. Negated(p) ? [Negation] : Array.Empty<string>()])
            .Where(t => t.Count > 0)
            .DistinctBy(t => string.Join(' ', t))
            .ToList();

    /// <summary>
    /// Stands for a negation in a defined term: the analyzer drops "tidak" as a stop word, so "Koperasi Tidak Aktif" would otherwise
    /// define "koperasi aktif" too. A question defines-matches it only when it negates the term itself (<see cref="DefinitionMatch"/>).
    /// </summary>
    public const string Negation = "¬";

    public static bool Negated(string phrase) => NegationWord().IsMatch(phrase);

    [GeneratedRegex(@"\b(tidak|bukan|belum|non)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegationWord();

    public static IEnumerable<string> Phrases(string text) =>
        Definition().Matches(TextReflow(text))
            .Select(m => Lead().Replace(m.Groups["term"].Value.Trim(), ""))
            .Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= LongestTerm);

    /// <summary>Line breaks inside a sentence (PDF extraction) would hide "adalah" from the start of its term.</summary>
    private static string TextReflow(string text) => Whitespace().Replace(text, " ");

    /// <summary>
    /// Where the term starts: the start of the text (after the glossary entry's own label, "3. Koperasi Primer adalah …"),
    /// after a sentence end, a list label or "yang dimaksud dengan".
    /// </summary>
    [GeneratedRegex(@"(?:^(?:(?:\d+|[a-z])[.)]\s+)?|[.;:]\s+|\s(?:\d+|[a-z])[.)]\s+|yang dimaksud dengan\s+)(?<term>[\p{L}][\p{L}\p{N} /-]{1,80}?)\s+(?:adalah|ialah)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();

    [GeneratedRegex(@"^yang dimaksud dengan\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
