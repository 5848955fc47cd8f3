using System.Collections.Concurrent;

namespace KKMP.Bot.Knowledge.Unanswered;

/// <summary>
/// The last <see cref="Capacity"/> unanswered questions in memory (lost on restart), also written to the
/// log. Enough until the board's <c>/pertanyaan</c> command needs them kept; a durable store implements the
/// same interface.
/// </summary>
public sealed class InMemoryUnansweredQuestionLog(ILogger<InMemoryUnansweredQuestionLog> logger) : IUnansweredQuestionLog
{
    public const int Capacity = 10_000;

    private readonly ConcurrentQueue<UnansweredQuestion> _questions = new();

    public void Record(UnansweredQuestion question)
    {
        _questions.Enqueue(question with { Text = question.Text.Trim() });
        while (_questions.Count > Capacity) _questions.TryDequeue(out _);
        logger.LogInformation("Unanswered question for {Koperasi} (best score {Score:F2}): {Question}", question.KoperasiId, question.BestScore, question.Text);
    }

    public IReadOnlyList<(string Text, int Count, double BestScore)> MostFrequent(string? koperasiId, DateTimeOffset since, int top = 10) => _questions
        .Where(q => q.KoperasiId == koperasiId && q.At >= since)
        .GroupBy(q => string.Join(' ', q.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .Select(g => (Text: g.Last().Text, Count: g.Count(), BestScore: g.Max(q => q.BestScore)))
        .OrderByDescending(x => x.Count).ThenBy(x => x.Text, StringComparer.Ordinal)
        .Take(top)
        .ToList();
}
