using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// BM25 search over the regulation index, read concept by concept (see <see cref="QueryConcepts"/>),
/// re-ranked by how much of the question each passage covers. Confidence is that coverage for the
/// best passage, weighted by how specific each concept is (IDF); a word the knowledge base has never
/// seen counts double, because it usually means the question is about something else.
/// </summary>
public sealed class RegulationSearch(RegulationIndex index, double minConfidence = RegulationSearch.DefaultMinConfidence) : IRegulationSearch
{
    /// <summary>Below this the caller should answer "not found" (chosen on the development questions).</summary>
    public const double DefaultMinConfidence = 0.5;

    private const int Candidates = 50;
    public const int MaxConcepts = 40;
    private const float SynonymBoost = 0.8f;
    private const double DefinitionBoost = 1.5;

    /// <summary>Score × coverage²: a passage that answers every part of the question beats a longer one that repeats a part.</summary>
    private const double CoverageExponent = 2;
    private const float LeadBoost = 0.3f;
    private readonly QueryConcepts _concepts = index.Profile.CreateConceptReader(index.Analyzer);

    public RegulationIndex Index => index;

    public SearchResult Search(string question, int top = 5)
    {
        var concepts = ConceptsOf(question);
        if (concepts.Count == 0) return new SearchResult([], 0, false);

        var definition = index.Profile.Rerank && QuestionIntent.AsksForDefinition(question!);
        var hits = index.Searcher.Search(BuildQuery(concepts, definition), Candidates).ScoreDocs;
        var defines = definition ? DefinitionMatch.Find(index, concepts, hits) : DefinitionMatch.None;
        var ranked = hits
            .Select(hit => (Ordinal: hit.Doc, Score: Rescore(hit, concepts, definition) * defines.Boost(hit.Doc)))
            .OrderByDescending(x => x.Score)
            .Take(Math.Max(top, 1))
            .ToList();
        if (ranked.Count == 0) return new SearchResult([], 0, false);

        var confidence = index.Profile.Rerank ? Coverage(concepts, ranked[0].Ordinal) : 1.0;
        var passages = ranked.Select(x => ToPassage(index.Knowledge.Chunks[x.Ordinal], x.Score, concepts)).ToList();
        return new SearchResult(passages, confidence, confidence >= minConfidence);
    }

    /// <summary>The concepts of a question as this search reads them (for the answer formatter's ayat trimming).</summary>
    /// <remarks>
    /// A chat message is a question, not a document: only its first <see cref="MaxConcepts"/> ideas are
    /// searched, which also keeps a pasted wall of text within Lucene's clause limit.
    /// </remarks>
    public IReadOnlyList<Concept> ConceptsOf(string? question) =>
        _concepts.Parse(question ?? "").Take(MaxConcepts).Select(Corrected).ToList();

    private Concept Corrected(Concept concept) => !index.Profile.TypoTolerance ? concept : concept with
    {
        Alternatives = concept.Alternatives.Select(a => (IReadOnlyList<string>)a.Select(t => TypoCorrector.Correct(t, index)).ToList()).ToList(),
    };

    private Query BuildQuery(IReadOnlyList<Concept> concepts, bool definition)
    {
        var query = new BooleanQuery();
        var explanationBoost = definition ? 1f : 0.4f;
        foreach (var concept in concepts)
        {
            var either = new DisjunctionMaxQuery(0.1f);
            for (var i = 0; i < concept.Alternatives.Count; i++)
            {
                var alternative = AllTerms(concept.Alternatives[i], explanationBoost);
                alternative.Boost = i == 0 ? 1f : SynonymBoost;
                either.Add(alternative);
            }
            query.Add(either, Occur.SHOULD);
        }
        if (index.Profile.Rerank)
            foreach (var near in Proximity(concepts)) query.Add(near, Occur.SHOULD);
        return query;
    }

    /// <summary>Words next to each other in the question score more when they are near each other in the text.</summary>
    private static IEnumerable<Query> Proximity(IReadOnlyList<Concept> concepts)
    {
        for (var i = 0; i + 1 < concepts.Count; i++)
        {
            var (left, right) = (concepts[i].Alternatives[0][^1], concepts[i + 1].Alternatives[0][0]);
            if (left == right) continue;
            yield return new PhraseQuery { new Term(RegulationIndex.TextField, left), new Term(RegulationIndex.TextField, right) }
                .Also(q => { q.Slop = 3; q.Boost = 0.5f; });
        }
    }

    private static BooleanQuery AllTerms(IReadOnlyList<string> terms, float explanationBoost)
    {
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            var anyField = new BooleanQuery
            {
                { new TermQuery(new Term(RegulationIndex.TextField, term)), Occur.SHOULD },
                { new TermQuery(new Term(RegulationIndex.ExplanationField, term)) { Boost = explanationBoost }, Occur.SHOULD },
                { new TermQuery(new Term(RegulationIndex.HeadingField, term)) { Boost = 0.6f }, Occur.SHOULD },
                { new TermQuery(new Term(RegulationIndex.LeadField, term)) { Boost = LeadBoost }, Occur.SHOULD },
            };
            all.Add(anyField, terms.Count == 1 ? Occur.SHOULD : Occur.MUST);
        }
        return all;
    }

    private double Rescore(ScoreDoc hit, IReadOnlyList<Concept> concepts, bool definition)
    {
        if (!index.Profile.Rerank) return hit.Score;
        var chunk = index.Knowledge.Chunks[hit.Doc];
        // A glossary entry defines a word; it answers "apa itu …?", not what the rules are.
        var intent = !chunk.IsDefinition ? 1 : definition ? DefinitionBoost : 1 / DefinitionBoost;
        return hit.Score * chunk.Weight * intent * Math.Pow(Coverage(concepts, hit.Doc), CoverageExponent);
    }

    /// <summary>IDF-weighted share of the question's concepts that occur in the chunk.</summary>
    public double Coverage(IReadOnlyList<Concept> concepts, int ordinal)
    {
        var terms = index.TermSets[ordinal];
        double found = 0, total = 0;
        foreach (var concept in concepts)
        {
            var known = concept.Alternatives.Where(a => a.All(t => index.DocumentFrequency(t) > 0)).ToList();
            var weight = known.Count > 0 ? known.Max(a => a.Max(index.Idf)) : 2 * index.Idf("");
            total += weight;
            if (known.Any(a => a.All(terms.Contains))) found += weight;
        }
        return total == 0 ? 0 : found / total;
    }

    private Passage ToPassage(KnowledgeChunk chunk, double score, IReadOnlyList<Concept> concepts) =>
        new(chunk.Citation, chunk.DocumentId, chunk.Text, (float)score, chunk.AmendmentNote, SourceLine(chunk.Document), chunk.Document.IsSummary)
        {
            Explanation = chunk.Explanation,
            Chapter = chunk.Chapter,
            DocumentTitle = chunk.Document.Title,
            Status = chunk.Document.Status,
            OfficialSource = chunk.Document.OfficialSource,
        };

    public static string SourceLine(KnowledgeDocument document) => $"{document.Citation} — {document.Title}";
}
