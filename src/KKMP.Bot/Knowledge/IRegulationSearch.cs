namespace KKMP.Bot.Knowledge;

/// <summary>Searches the regulation knowledge base built from <c>knowledge/</c>.</summary>
public interface IRegulationSearch
{
    SearchResult Search(string question, int top = 5);
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

    /// <summary>Where the official text is, for summaries.</summary>
    public string? OfficialSource { get; init; }
}

/// <param name="Confidence">Calibrated 0..1; below <see cref="IsConfident"/>'s threshold, say "not found".</param>
public sealed record SearchResult(IReadOnlyList<Passage> Passages, double Confidence, bool IsConfident);
