using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Knowledge.Evaluation;
using KKMP.Bot.Knowledge.Search;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>The shipped knowledge base, indexed once for all knowledge tests (building it is the slow part).</summary>
public static class KnowledgeFixture
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeLoader.Load(KnowledgeFolder));
    private static readonly Lazy<RegulationSearch> LazySearch = new(() => new RegulationSearch(new RegulationIndex(Corpus, SearchProfile.Indonesian)));

    /// <summary>The knowledge/ folder the build copies beside the test binaries.</summary>
    public static string KnowledgeFolder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static KnowledgeBase Corpus => LazyKnowledge.Value;

    public static RegulationSearch Search => LazySearch.Value;

    public static RegulationAnswerFormatter Formatter { get; } = new();

    public static DevQuestionSet Questions { get; } = DevQuestionSet.Load(DevQuestionSet.FindInRepository(AppContext.BaseDirectory));

    /// <summary>Another question set from the folder of <see cref="DevQuestionSet.FileName"/>.</summary>
    public static DevQuestionSet QuestionSet(string fileName) =>
        DevQuestionSet.Load(Path.Combine(Path.GetDirectoryName(DevQuestionSet.FindInRepository(AppContext.BaseDirectory))!, fileName));

    public static KnowledgeChunk Chunk(string citation) => Corpus.Chunks.Single(c => c.Citation == citation);

    public static string Answer(string question) => Formatter.Format(question, Search.Search(question));

    /// <summary>The operational guard declines the question: no answer, out of scope, and the reply says so.</summary>
    public static void AssertDeclinedAsOperational(string question)
    {
        Assert.True(OperationalQuestion.Matches(question));
        var result = Search.Search(question);
        Assert.False(result.Answers);
        Assert.True(result.OutOfScope);
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, Answer(question));
    }

    /// <summary>The text with its line breaks and runs of spaces as single spaces, so a fact is found across a wrapped line.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
