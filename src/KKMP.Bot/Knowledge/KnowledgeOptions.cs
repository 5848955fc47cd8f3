using System.ComponentModel.DataAnnotations;

namespace KKMP.Bot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Folder of knowledge markdown. Default: the knowledge/ folder beside the binary.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>Below this confidence the bot says it found nothing rather than citing an unrelated rule.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = Search.RegulationSearch.DefaultMinConfidence;
}
