namespace KKMP.Bot.Knowledge;

/// <summary>Searches the regulation knowledge base built from <c>knowledge/</c>.</summary>
public interface IRegulationSearch
{
    SearchResult Search(string question, int top = 5);

    /// <summary>Also searches the FAQ entries of this cooperative (and the admins'): regulations outrank an equal match.</summary>
    SearchResult Search(string question, int top, string? koperasiId) => Search(question, top);
}

/// <param name="Citation">Citation string, e.g. "UU 25/1992 Pasal 22 ayat (1)".</param>
/// <param name="DocumentId">Id of the source document, e.g. "uu-25-1992".</param>
/// <param name="Text">The passage's wording in force.</param>
/// <param name="Score">Retrieval score (higher is better).</param>
/// <param name="AmendmentNote">E.g. "diubah oleh UU 6/2023", or null when unchanged.</param>
/// <param name="SourceLine">Short attribution line for the reply.</param>
/// <param name="IsSummary">True when the source is a summary, not legal text (never quote it as law).</param>
public sealed record Passage(
    string Citation,
    string DocumentId,
    string Text,
    float Score,
    string? AmendmentNote,
    string SourceLine,
    bool IsSummary)
{
    /// <summary>The linked Penjelasan of the Pasal (without "Cukup jelas" parts), or null.</summary>
    public string? Explanation { get; init; }

    /// <summary>The chapter or section, e.g. "BAB VI PERANGKAT ORGANISASI".</summary>
    public string? Chapter { get; init; }

    /// <summary>Full title of the source document.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>Status of the source document, e.g. "berlaku".</summary>
    public string? Status { get; init; }

    /// <summary>Where the official text is, for summaries and transcriptions.</summary>
    public string? OfficialSource { get; init; }

    /// <summary>What kind of text this is, which decides how it may be presented.</summary>
    public PassageKind Kind { get; init; } = PassageKind.Regulation;

    /// <summary>A caution that goes with the passage (reference prices: check the official text).</summary>
    public string? Warning { get; init; }

    /// <summary>A form to fill in (the Juklak's draft minutes, the deed's opening): it states no rule, so it leads no reply unless asked for.</summary>
    public bool IsForm { get; init; }

    /// <summary>The wording an amendment replaced, to tell a questioner that a premise quoting it is outdated.</summary>
    public string? ReplacedWording { get; init; }
}

public enum PassageKind
{
    /// <summary>Legal or guideline wording: quoted with its Pasal.</summary>
    Regulation,
    /// <summary>A summary: never quoted as law.</summary>
    Summary,
    /// <summary>A third party's transcription of the official text: quoted, said to be a transcription, with the official link.</summary>
    Transcription,
    /// <summary>Training material: cited as the module, never as a Pasal.</summary>
    Training,
    /// <summary>An official reference price: the figure, its source and dates, and a check-the-official-text warning.</summary>
    ReferencePrice,
    /// <summary>A board's FAQ entry: cited as "FAQ KKMP Sukamaju (pengurus, 3 Des 2026)", never as a regulation.</summary>
    Faq,
}

/// <param name="Confidence">Calibrated 0..1; below <see cref="IsConfident"/>'s threshold, say "not found".</param>
public sealed record SearchResult(IReadOnlyList<Passage> Passages, double Confidence, bool IsConfident)
{
    /// <summary>
    /// The question is not about the knowledge base at all (no legal word, or about running the shop):
    /// a caller should not retry it together with an earlier question as a follow-up.
    /// </summary>
    public bool OutOfScope { get; init; }

    /// <summary>
    /// Not confident, but the question's legal words match the best passage fairly well: the reply shows
    /// the best passages as "mungkin yang dimaksud" instead of "tidak menemukan" (a near passage helps an
    /// officer more than a refusal). Never set for an out-of-scope question.
    /// </summary>
    public bool IsTentative { get; init; }

    /// <summary>The reply cites passages: confidently, or hedged.</summary>
    public bool Answers => (IsConfident || IsTentative) && Passages.Count > 0;
}
