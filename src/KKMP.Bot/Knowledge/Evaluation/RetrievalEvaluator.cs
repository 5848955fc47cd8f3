namespace KKMP.Bot.Knowledge.Evaluation;

/// <summary>Retrieval quality on the development set.</summary>
/// <param name="OutOfScopePrecision">Of the questions the search declined (not confident), the share that were out of scope.</param>
/// <param name="OutOfScopeRecall">Of the out-of-scope questions, the share the search declined.</param>
/// <param name="AnsweredAt1">Share of in-scope questions answered confidently with a gold passage first: what an officer gets.</param>
/// <param name="Misses">In-scope questions whose gold citation was not ranked first or that were declined, with what was first.</param>
public sealed record RetrievalMetrics(
    int Questions, double RecallAt1, double RecallAt3, double RecallAt5, double Mrr,
    int OutOfScopeQuestions, double OutOfScopePrecision, double OutOfScopeRecall,
    IReadOnlyList<string> Misses, IReadOnlyList<string> OutOfScopeAnswered)
{
    public double AnsweredAt1 { get; init; }

    public override string ToString() =>
        $"questions {Questions}: Recall@1 {RecallAt1:F3}  Recall@3 {RecallAt3:F3}  Recall@5 {RecallAt5:F3}  MRR {Mrr:F3}  answered@1 {AnsweredAt1:F3}\n" +
        $"out of scope {OutOfScopeQuestions}: precision {OutOfScopePrecision:F3}  recall {OutOfScopeRecall:F3}";
}

public static class RetrievalEvaluator
{
    /// <summary>A passage answers when it is a gold citation or a part of one ("Pasal 1 angka 3" within "Pasal 1").</summary>
    public static bool Answers(string citation, IEnumerable<string> gold) =>
        gold.Any(g => citation == g || citation.StartsWith(g + " ", StringComparison.Ordinal));

    public static RetrievalMetrics Evaluate(IRegulationSearch search, DevQuestionSet set)
    {
        int at1 = 0, at3 = 0, at5 = 0, inScopeDeclined = 0, answeredAt1 = 0;
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var question in set.Questions)
        {
            var result = search.Search(question.Q, 5);
            var rank = result.Passages.Select((p, i) => (p, i)).FirstOrDefault(x => Answers(x.p.Citation, question.Gold), (null!, -1)).Item2 + 1;
            if (!result.IsConfident) inScopeDeclined++;
            if (rank == 1) at1++;
            if (rank == 1 && result.IsConfident) answeredAt1++;
            if (rank is >= 1 and <= 3) at3++;
            if (rank >= 1) { at5++; reciprocal += 1.0 / rank; }
            if (rank != 1 || !result.IsConfident)
                misses.Add($"[{(rank == 0 ? "-" : rank.ToString())}{(result.IsConfident ? "" : " declined")}] {question.Q} → {result.Passages.FirstOrDefault()?.Citation ?? "(nothing)"} (gold {string.Join(" | ", question.Gold)}; conf {result.Confidence:F2})");
        }

        var answered = set.OutOfScope.Select(q => (q, r: search.Search(q, 5))).Where(x => x.r.IsConfident)
            .Select(x => $"{x.q} → {x.r.Passages[0].Citation} (conf {x.r.Confidence:F2})").ToList();
        var declinedOutOfScope = set.OutOfScope.Count - answered.Count;
        var declined = declinedOutOfScope + inScopeDeclined;
        var n = Math.Max(set.Questions.Count, 1);
        return new RetrievalMetrics(
            set.Questions.Count, (double)at1 / n, (double)at3 / n, (double)at5 / n, reciprocal / n,
            set.OutOfScope.Count,
            declined == 0 ? 0 : (double)declinedOutOfScope / declined,
            set.OutOfScope.Count == 0 ? 0 : (double)declinedOutOfScope / set.OutOfScope.Count,
            misses, answered)
        { AnsweredAt1 = (double)answeredAt1 / n };
    }
}
