using KKMP.Bot.Knowledge.Evaluation;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class EvaluationTests
{
    private static readonly Lazy<RetrievalMetrics> Metrics = new(() => RetrievalEvaluator.Evaluate(Search, Questions));

    [Fact]
    public void The_development_set_is_large_enough_and_covers_every_document()
    {
        Assert.True(Questions.Questions.Count >= 80, $"{Questions.Questions.Count} questions");
        Assert.True(Questions.OutOfScope.Count >= 10, $"{Questions.OutOfScope.Count} out-of-scope questions");
        foreach (var document in Corpus.Documents)
            Assert.Contains(Questions.Questions, q => q.Gold.Any(g => g.StartsWith(document.Citation + " ")));
    }

    [Fact]
    public void Recall_meets_the_floors()
    {
        var metrics = Metrics.Value;
        Assert.True(metrics.RecallAt3 >= 0.90, $"{metrics}\n{string.Join('\n', metrics.Misses)}");
        Assert.True(metrics.RecallAt1 >= 0.75, $"{metrics}\n{string.Join('\n', metrics.Misses)}");
    }

    [Fact]
    public void No_out_of_scope_question_gets_a_citation()
    {
        Assert.Empty(Metrics.Value.OutOfScopeAnswered);
        foreach (var question in Questions.OutOfScope)
            Assert.DoesNotContain("Pasal", Answer(question));
    }

    [Fact]
    public void Gold_citations_exist_in_the_knowledge_base()
    {
        var citations = Corpus.Chunks.Select(c => c.Citation).ToList();
        foreach (var gold in Questions.Questions.SelectMany(q => q.Gold))
            Assert.Contains(citations, c => RetrievalEvaluator.Answers(c, [gold]));
    }
}
