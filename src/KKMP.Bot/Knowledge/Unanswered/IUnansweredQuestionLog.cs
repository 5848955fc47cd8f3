namespace KKMP.Bot.Knowledge.Unanswered;

/// <summary>
/// A question the knowledge base could not answer, or answered with low confidence. It carries no user
/// id on purpose: the board sees what is asked, not who asked.
/// </summary>
public sealed record UnansweredQuestion(string Text, DateTimeOffset At, double BestScore, string? KoperasiId);

/// <summary>Where unanswered questions are kept, per cooperative, for the board to answer later.</summary>
public interface IUnansweredQuestionLog
{
    void Record(UnansweredQuestion question);

    /// <summary>The most frequent questions of one cooperative since <paramref name="since"/>, near-identical texts together (<see cref="QuestionGrouping"/>).</summary>
    IReadOnlyList<(string Text, int Count, double BestScore)> MostFrequent(string? koperasiId, DateTimeOffset since, int top = 10);
}
