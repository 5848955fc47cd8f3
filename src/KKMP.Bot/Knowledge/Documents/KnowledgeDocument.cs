namespace KKMP.Bot.Knowledge.Documents;

/// <summary>One markdown file of <c>knowledge/</c>: its front matter metadata and its body.</summary>
/// <param name="Id">Stable id, e.g. "uu-25-1992".</param>
/// <param name="Citation">Short citation name, e.g. "UU 25/1992".</param>
/// <param name="Format">How the body is chunked: "pasal", "sections" or "summary".</param>
/// <param name="Amendments">Human-readable list, e.g. "Pasal 6 diubah oleh UU 6/2023".</param>
/// <param name="Amends">Id of the document this one amends (its embedded articles replace the target's).</param>
/// <param name="AmendingArticle">The article that carries the amendments, e.g. "Pasal 86".</param>
/// <param name="OfficialSource">Where the official text is, for summaries.</param>
public sealed record KnowledgeDocument(
    string Id,
    string Citation,
    string Title,
    string Kind,
    int Year,
    string Status,
    string Format,
    string Source,
    bool IsSummary,
    IReadOnlyList<string> Amendments,
    string? Amends,
    string? AmendingArticle,
    string? OfficialSource,
    IReadOnlyList<string> BodyLines)
{
    /// <summary>
    /// Ranking weight of the document's passages: the statute (undang-undang) answers general questions
    /// first; implementing rules and guidelines win when the question names their topic. Front matter
    /// <c>weight</c> overrides it.
    /// </summary>
    public float Weight { get; init; } = 1f;

    public static float DefaultWeight(string kind) => kind switch
    {
        "undang-undang" => 1f,
        "peraturan-pemerintah" or "petunjuk-pelaksanaan" or "ringkasan" => 0.9f,
        _ => 1f,
    };

    public static KnowledgeDocument Parse(string markdown, string fileName)
    {
        var (meta, lists, body) = FrontMatter.Split(markdown);
        string Required(string key) => meta.TryGetValue(key, out var v) && v.Length > 0
            ? v
            : throw new InvalidDataException($"{fileName}: front matter needs '{key}'.");

        return new KnowledgeDocument(
            Id: Required("id"),
            Citation: Required("citation"),
            Title: Required("title"),
            Kind: meta.GetValueOrDefault("kind", "dokumen"),
            Year: int.TryParse(meta.GetValueOrDefault("year"), out var year) ? year : 0,
            Status: meta.GetValueOrDefault("status", "berlaku"),
            Format: meta.GetValueOrDefault("format", "sections"),
            Source: meta.GetValueOrDefault("source", fileName),
            IsSummary: meta.GetValueOrDefault("summary") is "true" or "yes",
            Amendments: lists.GetValueOrDefault("amendments", []),
            Amends: meta.GetValueOrDefault("amends"),
            AmendingArticle: meta.GetValueOrDefault("amending_article"),
            OfficialSource: meta.GetValueOrDefault("official"),
            BodyLines: body)
        {
            Weight = float.TryParse(meta.GetValueOrDefault("weight"), System.Globalization.CultureInfo.InvariantCulture, out var weight)
                ? weight
                : DefaultWeight(meta.GetValueOrDefault("kind", "")),
        };
    }
}
