using KKMP.Bot.Knowledge.Evaluation;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Retrieval floors on every question set. The development sets were used to tune the search; the
/// held-out sets (holdout-questions.json, holdout-everyday-questions.json) never were: their floors are
/// what the search reached on them, measured once, not targets it was tuned to.
/// </summary>
public class EvaluationTests
{
    public static readonly string[] Sets =
        ["dev-questions.json", "dev-everyday-questions.json", "holdout-2-questions.json", "holdout-questions.json", "holdout-everyday-questions.json"];

    private static readonly Dictionary<string, Lazy<RetrievalMetrics>> Metrics = Sets.ToDictionary(
        s => s, s => new Lazy<RetrievalMetrics>(() => RetrievalEvaluator.Evaluate(Search, QuestionSet(s))));

    public static TheoryData<string> SetNames => new(Sets);

    [Fact]
    public void The_development_sets_are_large_enough_and_cover_every_document()
    {
        var dev = new[] { Questions, QuestionSet("dev-everyday-questions.json") };
        Assert.True(dev.Sum(d => d.Questions.Count) >= 140, $"{dev.Sum(d => d.Questions.Count)} questions");
        Assert.True(dev.Sum(d => d.OutOfScope.Count) >= 20, $"{dev.Sum(d => d.OutOfScope.Count)} out-of-scope questions");
        foreach (var document in Corpus.Documents)
            Assert.Contains(dev.SelectMany(d => d.Questions), q => q.Gold.Any(g => g.StartsWith(document.Citation + " ")));
    }

    [Fact]
    public void The_everyday_held_out_set_is_large_enough_and_covers_every_document()
    {
        var set = QuestionSet("holdout-everyday-questions.json");
        Assert.True(set.Questions.Count >= 60, $"{set.Questions.Count} questions");
        Assert.True(set.OutOfScope.Count >= 10, $"{set.OutOfScope.Count} out-of-scope questions");
        foreach (var document in Corpus.Documents.Where(d => d.Id != "uu-6-2023"))   // its articles are answered as UU 25/1992 in force
            Assert.Contains(set.Questions, q => q.Gold.Any(g => g.StartsWith(document.Citation + " ")));
        Assert.Contains(set.Questions, q => q.Gold.Any(g => g.Contains("Lampiran 7")));
    }

    [Theory]
    [InlineData("dev-questions.json", 0.85, 0.97)]
    [InlineData("dev-everyday-questions.json", 0.80, 0.90)]
    [InlineData("holdout-2-questions.json", 0.719, 0.938)]   // no lower than before this work
    [InlineData("holdout-questions.json", 0.70, 0.90)]
    [InlineData("holdout-everyday-questions.json", 0.77, 0.90)]
    public void Recall_meets_the_floors(string set, double recallAt1, double recallAt3)
    {
        var metrics = Metrics[set].Value;
        var misses = HeldOut(set) ? "(misses of a held-out set are not listed)" : string.Join('\n', metrics.Misses);
        Assert.True(metrics.RecallAt3 >= recallAt3, $"{metrics}\n{misses}");
        Assert.True(metrics.RecallAt1 >= recallAt1, $"{metrics}\n{misses}");
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void No_out_of_scope_question_gets_a_citation(string set)
    {
        Assert.Empty(Metrics[set].Value.OutOfScopeAnswered);
        foreach (var question in QuestionSet(set).OutOfScope)
            Assert.DoesNotContain("Pasal", Answer(question));
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Gold_citations_exist_in_the_knowledge_base(string set)
    {
        var citations = Corpus.Chunks.Select(c => c.Citation).ToList();
        foreach (var gold in QuestionSet(set).Questions.SelectMany(q => q.Gold))
            Assert.Contains(citations, c => RetrievalEvaluator.Answers(c, [gold]));
    }

    private static bool HeldOut(string set) => set is "holdout-questions.json" or "holdout-everyday-questions.json";
}
