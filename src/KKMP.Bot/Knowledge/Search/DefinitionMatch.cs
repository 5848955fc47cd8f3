using KKMP.Bot.Knowledge.Analysis;
using Lucene.Net.Search;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// For a definitional question: the candidate passages that define the most specific term the question
/// names ("simpanan pokok" over "simpanan"). Those passages are boosted; when several documents define
/// the same term, the higher regulation (undang-undang, then peraturan pemerintah) is preferred.
/// </summary>
public sealed class DefinitionMatch
{
    private const double DefiningBoost = 2.5;
    private readonly HashSet<int> _defining = [];
    private readonly Dictionary<int, double> _rank = [];

    public static readonly DefinitionMatch None = new();

    public double Boost(int ordinal) => _defining.Contains(ordinal) ? DefiningBoost * _rank[ordinal] : 1;

    /// <summary>The index terms of the terms the boosted passages define ("koperasi primer", "koperasi sekunder").</summary>
    public IReadOnlySet<string> Terms => _terms;

    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);

    /// <param name="question">The question as typed: a negation anywhere in it may ask a negated term.</param>
    public static DefinitionMatch Find(RegulationIndex index, IReadOnlyList<Concept> concepts, ScoreDoc[] hits, string question)
    {
        var asked = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a).ToHashSet(StringComparer.Ordinal);
        // "koperasi aktif itu apa?" is not answered by "Koperasi Tidak Aktif adalah …"; a question with any negation, or a word whose
        // synonyms hold one ("vakum", "mati suri" for "tidak aktif"), may ask the negated term.
        if (DefinedTerms.Negated(ChatNormalizer.Normalize(question))
            || concepts.Any(c => DomainSynonyms.Groups.Any(g => g.Contains(c.Surface) && g.Any(DefinedTerms.Negated))))
            asked.Add(DefinedTerms.Negation);
        var longest = hits.ToDictionary(h => h.Doc, h => index.Definitions[h.Doc]
            .Where(term => term.All(asked.Contains)).Select(term => term.Count).DefaultIfEmpty(0).Max());
        var best = longest.Values.DefaultIfEmpty(0).Max();
        var match = new DefinitionMatch();
        if (best == 0) return match;
        foreach (var (ordinal, length) in longest.Where(x => x.Value == best))
        {
            match._defining.Add(ordinal);
            foreach (var term in index.Definitions[ordinal].Where(t => t.Count == best && t.All(asked.Contains))) match._terms.UnionWith(term);
            match._rank[ordinal] = HierarchyWeight(index.Knowledge.Chunks[ordinal].Document.Kind);
        }
        return match;
    }

    /// <summary>Lex superior: a term defined by an Act and by a guideline is answered from the Act.</summary>
    private static double HierarchyWeight(string kind) => kind switch
    {
        "undang-undang" => 1.0,
        "peraturan-pemerintah" => 0.8,
        _ => 0.6,
    };
}
