namespace KKMP.Bot.Knowledge.Documents;

/// <summary>A statute read by <see cref="PasalParser"/>: articles, their Penjelasan, and any amendments it carries.</summary>
public sealed class PasalParse(KnowledgeDocument document)
{
    public KnowledgeDocument Document { get; } = document;

    /// <summary>Opening text before Pasal 1 (Menimbang, Mengingat).</summary>
    public List<string> Preamble { get; } = [];

    /// <summary>Penjelasan Umum.</summary>
    public List<string> GeneralExplanation { get; } = [];

    /// <summary>Articles in document order, keyed by number ("6", "44A").</summary>
    public Dictionary<string, Article> Articles { get; } = [];

    /// <summary>Penjelasan per article number.</summary>
    public Dictionary<string, List<string>> Explanations { get; } = [];

    /// <summary>For an amending document: the new wording of another document's articles, keyed by number.</summary>
    public Dictionary<string, Article> EmbeddedArticles { get; } = [];

    /// <summary>For an amending document: the new Penjelasan of another document's articles.</summary>
    public Dictionary<string, List<string>> EmbeddedExplanations { get; } = [];

    /// <summary>Articles whose Penjelasan alone is changed ("Penjelasan Pasal 17 diubah ...").</summary>
    public HashSet<string> ExplanationOnlyChanges { get; } = [];

    /// <summary>For an amending document: which numbered item ("angka") of the amending article changes each article.</summary>
    public Dictionary<string, string> AmendingItem { get; } = [];

    public sealed class Article(string number, string chapter)
    {
        public string Number { get; } = number;
        public string Chapter { get; set; } = chapter;
        public List<string> Lines { get; set; } = [];
        public string? AmendmentNote { get; set; }

        /// <summary>The wording an amendment replaced: never indexed, kept to recognise a question quoting it.</summary>
        public List<string>? ReplacedLines { get; set; }

        /// <summary>For embedded articles: "disisipkan" (inserted) or "diubah" (changed).</summary>
        public bool Inserted { get; set; }
    }
}
