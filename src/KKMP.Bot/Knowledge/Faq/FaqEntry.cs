using System.Globalization;

namespace KKMP.Bot.Knowledge.Faq;

/// <summary>
/// A board's own question and answer. A cooperative's entry (<see cref="KoperasiId"/>) answers only its
/// members; an admin's entry (no cooperative) answers everyone. It is cited as the FAQ it is, never as a
/// regulation, whatever its text says.
/// </summary>
/// <param name="Source">Who the answer is from, as the citation names it: "KKMP Sukamaju", or "KKMP.Bot" for an admin.</param>
/// <param name="Role">"pengurus" or "admin".</param>
public sealed record FaqEntry(string Id, string? KoperasiId, string Source, string Role, string Question, string Answer, DateOnly Date)
{
    public const int MaxQuestionLength = 300, MaxAnswerLength = 1500;

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"FAQ KKMP Sukamaju (pengurus, 3 Des 2026)".</summary>
    public string Citation => $"FAQ {Source} ({Role}, {Date.ToString("d MMM yyyy", Indonesian).Replace(".", "")})";

    /// <summary>Why the entry cannot be stored (in Indonesian, with what is allowed), or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Question) || string.IsNullOrWhiteSpace(Answer) ? "Pertanyaan dan jawaban FAQ wajib diisi."
        : Question.Length > MaxQuestionLength ? $"Pertanyaan FAQ paling panjang {MaxQuestionLength} huruf."
        : Answer.Length > MaxAnswerLength ? $"Jawaban FAQ paling panjang {MaxAnswerLength} huruf."
        : null;
}
