namespace KKMP.Bot.Knowledge.Documents;

/// <summary>One file of <c>knowledge/</c>: its front matter metadata and its body.</summary>
/// <param name="Id">Stable id, e.g. "uu-25-1992".</param>
/// <param name="Citation">Short citation name, e.g. "UU 25/1992".</param>
/// <param name="Format">How the body is chunked: "pasal", "sections", "summary" or "harga-acuan".</param>
/// <param name="IsSummary">Every passage is a summary, never quoted as law (<c>format: summary</c> or <c>summary: true</c>).</param>
/// <param name="Amendments">Human-readable list, e.g. "Pasal 6 diubah oleh UU 6/2023".</param>
/// <param name="Amends">Id of the document this one amends (its embedded articles replace the target's).</param>
/// <param name="AmendingArticle">The article that carries the amendments, e.g. "Pasal 86".</param>
/// <param name="OfficialSource">Where the official text is, for summaries and transcriptions.</param>
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
    /// <summary>Training material (kind <c>materi-pelatihan</c>): cited as "Modul …", never as a Pasal.</summary>
    public const string TrainingKind = "materi-pelatihan";

    /// <summary>
    /// Ranking weight of the document's passages: the statute (undang-undang) answers general questions
    /// first; implementing rules and guidelines win when the question names their topic; training material
    /// explains but does not rule. Front matter <c>weight</c> overrides it.
    /// </summary>
    public float Weight { get; init; } = 1f;

    /// <summary>A third party's transcription of the official text (quoted, but said to be a transcription).</summary>
    public bool IsTranscription { get; init; }

    /// <summary>Parts (e.g. "Diktum KETUJUH") that are the transcriber's summary inside a transcription.</summary>
    public IReadOnlyList<string> SummaryParts { get; init; } = [];

    /// <summary>
    /// The part holding model articles of association that cooperatives adopt (the Juklak's Lampiran 7):
    /// "di AD kopdes kita …" questions are answered from it.
    /// </summary>
    public string? ModelStatutesPart { get; init; }

    /// <summary>Ranking weight per part ("Lampiran 8=0.6"), for appendices that repeat or template other parts.</summary>
    /// <summary>
    /// What every passage of the document is about without saying it ("unit simpan pinjam" for PP 9/1995, whose articles say
    /// "Koperasi Simpan Pinjam" or nothing at all): indexed with each passage's context, so a question naming it does not
    /// count the word as missing from the article that answers it.
    /// </summary>
    public string? Topic { get; init; }

    public IReadOnlyDictionary<string, float> PartWeights { get; init; } = new Dictionary<string, float>();

    /// <summary>Official reference prices, for <c>format: harga-acuan</c>.</summary>
    public ReferencePriceList? Prices { get; init; }

    public bool IsTraining => Kind == TrainingKind;

    public static float DefaultWeight(string kind) => kind switch
    {
        "undang-undang" => 1f,
        "peraturan-pemerintah" or "petunjuk-pelaksanaan" or "instruksi-presiden" or "ringkasan" => 0.9f,
        TrainingKind => 0.6f,
        _ => 1f,
    };

    public static KnowledgeDocument Parse(string markdown, string fileName)
    {
        Dictionary<string, string> meta;
        Dictionary<string, List<string>> lists;
        IReadOnlyList<string> body;
        try { (meta, lists, body) = FrontMatter.Split(markdown); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{fileName}: {e.Message}", e); }
        string Required(string key) => meta.TryGetValue(key, out var v) && v.Length > 0
            ? v
            : throw new InvalidDataException($"{fileName}: front matter needs '{key}'.");

        var format = meta.GetValueOrDefault("format", "sections");
        return new KnowledgeDocument(
            Id: Required("id"),
            Citation: Required("citation"),
            Title: Required("title"),
            Kind: meta.GetValueOrDefault("kind", "dokumen"),
            Year: int.TryParse(meta.GetValueOrDefault("year"), out var year) ? year : 0,
            Status: meta.GetValueOrDefault("status", "berlaku"),
            Format: format,
            Source: meta.GetValueOrDefault("source", fileName),
            IsSummary: format == "summary" || IsTrue(meta.GetValueOrDefault("summary")),
            Amendments: lists.GetValueOrDefault("amendments", []),
            Amends: meta.GetValueOrDefault("amends"),
            AmendingArticle: meta.GetValueOrDefault("amending_article"),
            OfficialSource: meta.GetValueOrDefault("official"),
            BodyLines: body)
        {
            Weight = float.TryParse(meta.GetValueOrDefault("weight"), System.Globalization.CultureInfo.InvariantCulture, out var weight)
                ? weight
                : DefaultWeight(meta.GetValueOrDefault("kind", "")),
            IsTranscription = IsTrue(meta.GetValueOrDefault("transcription")),
            SummaryParts = lists.GetValueOrDefault("summary_parts", []),
            ModelStatutesPart = meta.GetValueOrDefault("model_statutes"),
            Topic = meta.GetValueOrDefault("topic"),
            PartWeights = lists.GetValueOrDefault("part_weights", [])
                .Select(p => p.Split('='))
                .ToDictionary(p => p[0].Trim(), p => float.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private static bool IsTrue(string? value) => value?.ToLowerInvariant() is "true" or "yes";
}
