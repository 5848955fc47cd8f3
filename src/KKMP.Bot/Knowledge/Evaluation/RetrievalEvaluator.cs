namespace KKMP.Bot.Knowledge.Evaluation;

/// <summary>Retrieval quality on the development set.</summary>
/// <param name="OutOfScopePrecision">Of the questions the search declined (not confident), the share that were out of scope.</param>
/// <param name="OutOfScopeRecall">Of the out-of-scope questions, the share the search declined.</param>
/// <param name="AnsweredAt1">Share of in-scope questions answered (confidently or hedged) with a gold passage first: what an officer gets.</param>
/// <param name="Misses">In-scope questions whose gold citation was not ranked first or that were declined, with what was first.</param>
public sealed record RetrievalMetrics(
    int Questions, double RecallAt1, double RecallAt3, double RecallAt5, double Mrr,
    int OutOfScopeQuestions, double OutOfScopePrecision, double OutOfScopeRecall,
    IReadOnlyList<string> Misses, IReadOnlyList<string> OutOfScopeAnswered)
{
    public double AnsweredAt1 { get; init; }

    /// <summary>Share of in-scope questions answered confidently with a gold passage first (<see cref="AnsweredAt1"/> also counts hedged answers).</summary>
    public double ConfidentAt1 { get; init; }

    /// <summary>Questions whose set gives a key fact, and the share whose reply text quotes a gold citation and that fact.</summary>
    public int JudgedReplies { get; init; }
    public double RightReplies { get; init; }
    public IReadOnlyList<string> WrongReplies { get; init; } = [];

    public override string ToString() =>
        $"questions {Questions}: Recall@1 {RecallAt1:F3}  Recall@3 {RecallAt3:F3}  Recall@5 {RecallAt5:F3}  MRR {Mrr:F3}  answered@1 {AnsweredAt1:F3} (confident {ConfidentAt1:F3})" +
        (JudgedReplies > 0 ? $"  right replies {RightReplies:F3} of {JudgedReplies}" : "") + "\n" +
        $"out of scope {OutOfScopeQuestions}: precision {OutOfScopePrecision:F3}  recall {OutOfScopeRecall:F3}";
}

public static class RetrievalEvaluator
{
    /// <summary>A passage answers when it is a gold citation or a part of one ("Pasal 1 angka 3" within "Pasal 1").</summary>
    public static bool Answers(string citation, IEnumerable<string> gold) =>
        gold.Any(g => citation == g || citation.StartsWith(g + " ", StringComparison.Ordinal));

    /// <summary>
    /// The reply an officer reads is right when, before its "Lihat juga" line, it names a gold citation and
    /// states the key fact (whitespace and case aside): the citation alone is not enough when the quoted ayat
    /// was trimmed away from the fact.
    /// </summary>
    public static bool RightReply(string reply, DevQuestion question)
    {
        var body = Normalize(reply.Split("\n\nLihat juga:")[0]);
        return question.Gold.Any(g => body.Contains(Normalize(g), StringComparison.Ordinal))
            && (question.Fact ?? []).Any(f => body.Contains(Normalize(f), StringComparison.Ordinal));
    }

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <param name="reply">The offline reply for a question and its result; when given, replies with a key fact are judged.</param>
    public static RetrievalMetrics Evaluate(IRegulationSearch search, DevQuestionSet set, Func<string, SearchResult, string>? reply = null)
    {
        int at1 = 0, at3 = 0, at5 = 0, inScopeDeclined = 0, answeredAt1 = 0, confidentAt1 = 0, judged = 0, right = 0;
        var wrongReplies = new List<string>();
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var question in set.Questions)
        {
            var result = search.Search(question.Q, 5);
            var rank = result.Passages.Select((p, i) => (p, i)).FirstOrDefault(x => Answers(x.p.Citation, question.Gold), (null!, -1)).Item2 + 1;
            if (!result.Answers) inScopeDeclined++;
            if (rank == 1) at1++;
            if (rank == 1 && result.Answers) answeredAt1++;
            if (rank == 1 && result.IsConfident) confidentAt1++;
            if (reply is not null && question.Fact is { Count: > 0 })
            {
                judged++;
                var text = reply(question.Q, result);
                if (RightReply(text, question)) right++;
                else wrongReplies.Add($"{question.Q} → {text.Split('\n')[0]} (gold {string.Join(" | ", question.Gold)}; fact {string.Join(" | ", question.Fact)})");
            }
            if (rank is >= 1 and <= 3) at3++;
            if (rank >= 1) { at5++; reciprocal += 1.0 / rank; }
            if (rank != 1 || !result.Answers)
                misses.Add($"[{(rank == 0 ? "-" : rank.ToString())}{(result.Answers ? result.IsConfident ? "" : " hedged" : " declined")}] {question.Q} → {result.Passages.FirstOrDefault()?.Citation ?? "(nothing)"} (gold {string.Join(" | ", question.Gold)}; conf {result.Confidence:F2})");
        }

        var answered = set.OutOfScope.Select(q => (q, r: search.Search(q, 5))).Where(x => x.r.Answers)
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
        {
            AnsweredAt1 = (double)answeredAt1 / n, ConfidentAt1 = (double)confidentAt1 / n,
            JudgedReplies = judged, RightReplies = judged == 0 ? 0 : (double)right / judged, WrongReplies = wrongReplies,
        };
    }
}
