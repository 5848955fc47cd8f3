using KKMP.Bot.Knowledge.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// How text is analysed and questions are read. <see cref="Indonesian"/> is what the bot uses;
/// <see cref="PlainBm25"/> (standard analyzer, no synonyms, no chat normalisation, no typo
/// tolerance, no re-ranking, no hand-written everyday phrasings) is the baseline the evaluation compares it with:
/// plain word overlap over the same knowledge/ text.
/// </summary>
public sealed record SearchProfile(string Name, Func<Analyzer> CreateAnalyzer, bool Synonyms, bool ChatNormalization, bool TypoTolerance, bool Rerank)
{
    /// <summary>BM25 length normalisation (Lucene default 0.75).</summary>
    public float LengthNormalization { get; init; } = 0.75f;

    /// <summary>Search the hand-written everyday phrasings attached to passages (knowledge/pertanyaan-umum.yaml).</summary>
    public bool CommonQuestions { get; init; } = true;

    public static SearchProfile Indonesian { get; } = new("indonesian", () => new IndonesianAnalysis(), Synonyms: true, ChatNormalization: true, TypoTolerance: true, Rerank: true);

    public static SearchProfile PlainBm25 { get; } = new("plain-bm25", () => new StandardAnalyzer(IndonesianAnalysis.Version), Synonyms: false, ChatNormalization: false, TypoTolerance: false, Rerank: false)
    {
        CommonQuestions = false,
    };

    public QueryConcepts CreateConceptReader(Analyzer analyzer) =>
        new(analyzer, Synonyms ? DomainSynonyms.Groups : [], ChatNormalization);
}
