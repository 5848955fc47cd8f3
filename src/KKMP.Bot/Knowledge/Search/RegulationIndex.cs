using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// An in-memory Lucene index (BM25) over the knowledge chunks, plus per-chunk term sets and
/// document frequencies used to tell how much of a question a passage covers.
/// Built once; searching is thread-safe.
/// </summary>
public sealed class RegulationIndex : IDisposable
{
    public const string TextField = "text", ExplanationField = "expl", HeadingField = "head", LeadField = "lead", QuestionsField = "tanya";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public RegulationIndex(KnowledgeBase knowledge, SearchProfile profile)
    {
        Knowledge = knowledge;
        Profile = profile;
        Analyzer = profile.CreateAnalyzer();
        var config = new IndexWriterConfig(IndonesianAnalysis.Version, Analyzer) { Similarity = new BM25Similarity(1.2f, profile.LengthNormalization) };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var chunk in knowledge.Chunks)
            {
                writer.AddDocument(
                [
                    new TextField(TextField, chunk.ClosingHeading is { } heading ? $"{chunk.Text} {heading}" : chunk.Text, Field.Store.NO),
                    new TextField(ExplanationField, chunk.Explanation ?? "", Field.Store.NO),
                    new TextField(HeadingField, Context(chunk), Field.Store.NO),
                    new TextField(LeadField, Lead(chunk.Text), Field.Store.NO),
                    new TextField(QuestionsField, chunk.CommonQuestions ?? "", Field.Store.NO),
                ]);
            }
            writer.ForceMerge(1);   // one segment: Lucene doc id == chunk ordinal
        }
        _reader = DirectoryReader.Open(_directory);
        CollectTermSets();
        Definitions = knowledge.Chunks.Select(c => DefinedTerms.Of(c, Analyzer)).ToList();
        Features = knowledge.Chunks.Select(c => PassageFeatures.Of(c, Analyzer)).ToList();
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(1.2f, profile.LengthNormalization) };
    }

    /// <summary>
    /// What a passage is part of: its citation, chapter, the document's title and topic. A question that
    /// names the document ("menurut inpres", "kopdes merah putih") then prefers that document's passages.
    /// </summary>
    /// <remarks>A preamble is labelled "Pembukaan" by the chunker, not by the law: its label is not indexed ("buka" is not a topic).</remarks>
    private static string Context(KnowledgeChunk chunk) =>
        chunk.Chapter == "Pembukaan" ? chunk.Document.Title : $"{chunk.Citation} {chunk.Chapter} {chunk.Document.Title} {chunk.Document.Topic}";

    /// <summary>The first line of a passage: in legal text it names what the article is about.</summary>
    public static string Lead(string text) => text.Split('\n')[0];

    public KnowledgeBase Knowledge { get; }
    public SearchProfile Profile { get; }
    public Analyzer Analyzer { get; }
    public IndexSearcher Searcher { get; }

    /// <summary>The analysed terms of each chunk, by chunk ordinal.</summary>
    public List<HashSet<string>> TermSets { get; } = [];

    /// <summary>What each chunk states (a list, kinds of number, numbers only its old wording had), by chunk ordinal.</summary>
    public List<PassageFeatures> Features { get; }

    /// <summary>The terms each chunk defines (see <see cref="DefinedTerms"/>), by chunk ordinal.</summary>
    public List<IReadOnlyList<IReadOnlyList<string>>> Definitions { get; }

    public IReadOnlyCollection<string> Vocabulary => _documentFrequency.Keys;

    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>BM25's inverse document frequency; an unseen term gets the highest value.</summary>
    public double Idf(string term)
    {
        var n = TermSets.Count;
        var df = DocumentFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>Reads each chunk's terms back from the index's postings instead of analysing the text a second time.</summary>
    private void CollectTermSets()
    {
        for (var i = 0; i < Knowledge.Chunks.Count; i++) TermSets.Add(new HashSet<string>(StringComparer.Ordinal));
        foreach (var field in new[] { TextField, ExplanationField, HeadingField, QuestionsField })
        {
            var termsEnum = MultiFields.GetTerms(_reader, field)?.GetEnumerator();
            if (termsEnum is null) continue;
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) TermSets[docs.DocID].Add(term);
            }
        }
        foreach (var terms in TermSets)
            foreach (var term in terms) _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
    }

    /// <summary>Typo corrections already worked out (the vocabulary never changes after the build).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Corrections { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
