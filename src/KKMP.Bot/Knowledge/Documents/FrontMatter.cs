namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// The flat front matter every knowledge file starts with: <c>key: value</c> lines and
/// <c>key:</c> followed by <c>  - item</c> lists, between two <c>---</c> lines.
/// A deliberately tiny subset of YAML, so a deployment can write it by hand without surprises.
/// </summary>
public static class FrontMatter
{
    public static (Dictionary<string, string> Values, Dictionary<string, List<string>> Lists, IReadOnlyList<string> Body) Split(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw new InvalidDataException("missing front matter (the file must start with a '---' line).");

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lists = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            var line = lines[i];
            if (listKey is not null && line.TrimStart().StartsWith("- "))
            {
                lists[listKey].Add(line.TrimStart()[2..].Trim());
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.Length == 0) { listKey = key; lists[key] = []; }
            else { listKey = null; values[key] = value.Trim('"'); }
        }
        if (i >= lines.Length)
            throw new InvalidDataException("front matter is not closed by a '---' line.");
        return (values, lists, lines[(i + 1)..]);
    }
}
