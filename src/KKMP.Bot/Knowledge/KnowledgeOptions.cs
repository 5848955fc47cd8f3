using System.ComponentModel.DataAnnotations;

namespace KKMP.Bot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    public static readonly string DefaultPath = System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>Folder of knowledge markdown. Default (also when empty): the knowledge/ folder beside the binary.</summary>
    public string Path { get; set; } = DefaultPath;

    public string ResolvedPath => string.IsNullOrWhiteSpace(Path) ? DefaultPath : Path;

    /// <summary>Below this confidence the bot says it found nothing rather than citing an unrelated rule.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = Search.RegulationSearch.DefaultMinConfidence;

    /// <summary>Index in the background right after start-up instead of on the first question.</summary>
    public bool BuildOnStart { get; set; }
}
