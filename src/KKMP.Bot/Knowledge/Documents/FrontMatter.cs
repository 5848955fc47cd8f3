using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// The YAML front matter every knowledge file starts with, between two <c>---</c> lines, read with
/// YamlDotNet (comments, quoting and lists as YAML has them). Scalars become strings, lists become
/// lists of strings; nested maps are not used by knowledge files.
/// </summary>
public static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static (Dictionary<string, string> Values, Dictionary<string, List<string>> Lists, IReadOnlyList<string> Body) Split(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw new InvalidDataException("missing front matter (the file must start with a '---' line).");
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
            throw new InvalidDataException("front matter is not closed by a '---' line.");
        var (values, lists) = Read(string.Join('\n', lines[1..end]));
        return (values, lists, lines[(end + 1)..]);
    }

    /// <summary>A YAML map of scalars and lists of scalars.</summary>
    public static (Dictionary<string, string> Values, Dictionary<string, List<string>> Lists) Read(string yaml)
    {
        Dictionary<string, object?>? map;
        try { map = Yaml.Deserialize<Dictionary<string, object?>>(yaml); }
        catch (YamlException e) { throw new InvalidDataException($"front matter is not valid YAML (line {e.Start.Line}): {e.Message}", e); }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lists = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map ?? [])
        {
            switch (value)
            {
                case IEnumerable<object?> items when value is not string:
                    lists[key] = items.Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
                    break;
                case null:
                    break;
                default:
                    values[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!.Trim();
                    break;
            }
        }
        return (values, lists);
    }
}
