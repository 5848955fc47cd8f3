using YamlDotNet.Serialization;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// <c>knowledge/pertanyaan-umum.yaml</c>: everyday phrasings of what a passage answers, by citation,
/// written by hand from the passage's text. They are indexed with the passage (not shown in answers),
/// so "pengurus mau ngutang atas nama koperasi" finds "meminjam uang atas nama Koperasi".
/// </summary>
public sealed class CommonQuestions
{
    public Dictionary<string, List<string>> Phrasings { get; set; } = [];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance)
        .Build();

    public static CommonQuestions Parse(string yaml, string fileName)
    {
        try { return Yaml.Deserialize<CommonQuestions>(yaml) ?? new(); }
        catch (YamlDotNet.Core.YamlException e) { throw new InvalidDataException($"{fileName}: not valid (line {e.Start.Line}): {e.Message}", e); }
    }

    /// <summary>
    /// Attaches the phrasings to their passages: a key names one passage or a part and every passage in it
    /// ("Inpres 9/2025 Diktum KETUJUH"). A key that names no passage is an error, not a silent no-op.
    /// </summary>
    public IReadOnlyList<KnowledgeChunk> AttachTo(IReadOnlyList<KnowledgeChunk> chunks, string fileName)
    {
        var unknown = Phrasings.Keys.Where(k => !chunks.Any(c => Covers(k, c))).ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException($"{fileName}: no passage is cited as {string.Join(", ", unknown.Select(u => $"'{u}'"))}.");
        return chunks.Select(c =>
        {
            var lines = Phrasings.Where(p => Covers(p.Key, c)).SelectMany(p => p.Value).ToList();
            return lines.Count == 0 ? c : c with { CommonQuestions = string.Join('\n', lines) };
        }).ToList();
    }

    private static bool Covers(string key, KnowledgeChunk chunk) =>
        chunk.Citation == key || chunk.Citation.StartsWith(key + " ", StringComparison.Ordinal) && !char.IsDigit(chunk.Citation[key.Length + 1]);
}
