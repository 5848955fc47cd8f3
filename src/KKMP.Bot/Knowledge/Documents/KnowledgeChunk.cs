namespace KKMP.Bot.Knowledge.Documents;

/// <summary>The unit of retrieval: one Pasal (with its Penjelasan), one Juklak section, one summary item.</summary>
/// <param name="Citation">E.g. "UU 25/1992 Pasal 22", "Juklak Menkop 1/2025 BAB III angka 1".</param>
/// <param name="Chapter">E.g. "BAB VI PERANGKAT ORGANISASI".</param>
/// <param name="Text">Wording in force, one list item or ayat per line.</param>
/// <param name="Explanation">The linked Penjelasan (without "Cukup jelas" parts), or null.</param>
/// <param name="Weight">Ranking weight: legal text 1, forms and templates less.</param>
public sealed record KnowledgeChunk(
    string Citation,
    string DocumentId,
    string Chapter,
    string Text,
    string? Explanation = null,
    string? AmendmentNote = null,
    float Weight = 1f)
{
    /// <summary>Filled when the chunk is attached to its document.</summary>
    public KnowledgeDocument Document { get; init; } = null!;

    /// <summary>The transcriber's or author's summary, not the wording: presented as a summary, never quoted as law.</summary>
    public bool IsSummary { get; init; }

    /// <summary>Everyday phrasings of what this passage answers (<see cref="Documents.CommonQuestions"/>): indexed, never shown.</summary>
    public string? CommonQuestions { get; init; }

    /// <summary>A form to fill in (<see cref="BlankForm"/>), told once where the chunk is made: it states no rule.</summary>
    public bool IsForm { get; init; }

    /// <summary>
    /// The next article's heading that the source prints at this one's end ("BAB VI PENGELOLAAN ORGANISASI DAN USAHA"): not part of
    /// this article's wording, so never quoted; still indexed with it, as the search has always read the passage.
    /// </summary>
    public string? ClosingHeading { get; init; }

    /// <summary>An article of the model articles of association a kopdes adopts (Juklak Lampiran 7).</summary>
    public bool IsModelStatute { get; init; }

    /// <summary>Lists several items (three or more lines starting "a." / "1." / "-", not ayat): answers "apa saja" questions.</summary>
    public bool Enumerates => Text.Split('\n').Count(l => TextReflow.StartsItem(l) && !l.StartsWith('(')) >= 3;

    /// <summary>The wording before an amendment (not indexed): a question quoting it has an outdated premise.</summary>
    public string? ReplacedWording { get; init; }

    /// <summary>A definitions article ("Dalam Undang-undang ini yang dimaksud dengan: …") or glossary section.</summary>
    public bool IsDefinition =>
        Chapter.Contains("KETENTUAN UMUM", StringComparison.OrdinalIgnoreCase) || Chapter.Contains("Pengertian", StringComparison.OrdinalIgnoreCase);
}
