using KKMP.Bot.Knowledge.Unanswered;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Unanswered questions in the ledger, so the board's /pertanyaan survives a restart. No user id is stored.</summary>
public sealed class UnansweredQuestionLog(LedgerDb db, ILogger<UnansweredQuestionLog> logger) : IUnansweredQuestionLog
{
    /// <summary>A question longer than this is cut: the board needs the gist, and a flood of long texts must not grow the file much.</summary>
    public const int MaxTextLength = 500;

    /// <summary>The list reads at most this many recent questions of one cooperative.</summary>
    private const int ReadLimit = 5_000;

    public void Record(UnansweredQuestion question)
    {
        if (question.KoperasiId is null) return; // a stranger of no cooperative: no board to show it to
        var text = question.Text.Trim();
        var doc = new UnansweredDoc
        {
            KoperasiId = question.KoperasiId, Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text,
            AtUtc = question.At.UtcDateTime, BestScore = question.BestScore,
        };
        try
        {
            db.WriteUnaudited(() => db.Unanswered.Insert(doc));
        }
        catch (LedgerFaultedException)
        {
            // Best effort: the asker still gets the "tidak menemukan" answer; the log line below keeps the question.
        }
        logger.LogInformation("Unanswered question for {Koperasi} (best score {Score:F2}): {Question}", question.KoperasiId, question.BestScore, doc.Text);
    }

    public IReadOnlyList<(string Text, int Count, double BestScore)> MostFrequent(string? koperasiId, DateTimeOffset since, int top = 10)
    {
        var from = since.UtcDateTime;
        var recent = db.Unanswered.Find(q => q.KoperasiId == koperasiId)
            .Where(q => q.AtUtc >= from)
            .OrderByDescending(q => q.Id).Take(ReadLimit)
            .Select(q => new UnansweredQuestion(q.Text, new DateTimeOffset(q.AtUtc, TimeSpan.Zero), q.BestScore, q.KoperasiId));
        return QuestionGrouping.MostFrequent(recent, top);
    }
}
