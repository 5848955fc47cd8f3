using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// Chunks a summary document (not legal text) by its "## " headings; a bullet that names its own
/// part ("- Diktum KEDUA: …") becomes a chunk of its own. Headings starting with "Sumber" are
/// attribution, not content.
/// </summary>
public static partial class SummaryChunker
{
    public static IEnumerable<KnowledgeChunk> Chunk(KnowledgeDocument doc)
    {
        string? heading = null;
        var lines = new List<string>();

        IEnumerable<KnowledgeChunk> Flush()
        {
            var text = TextReflow.Join(lines);
            lines.Clear();
            if (heading is null || text.Length == 0 || heading.StartsWith("Sumber", StringComparison.OrdinalIgnoreCase)) yield break;
            yield return new KnowledgeChunk($"{doc.Citation} {heading}", doc.Id, heading, text) { Document = doc };
        }

        foreach (var raw in doc.BodyLines)
        {
            var line = raw.Trim();
            if (line.StartsWith('>') || line.StartsWith("# ")) continue;
            if (line.StartsWith("## "))
            {
                foreach (var chunk in Flush()) yield return chunk;
                heading = line[3..].Split(" (")[0].Trim();
                continue;
            }
            var named = NamedBullet().Match(line);
            if (named.Success && heading is not null && !heading.StartsWith("Sumber", StringComparison.OrdinalIgnoreCase))
            {
                yield return new KnowledgeChunk($"{doc.Citation} {named.Groups[1].Value}", doc.Id, heading, named.Groups[2].Value.Trim()) { Document = doc };
                continue;
            }
            lines.Add(line);
        }
        foreach (var chunk in Flush()) yield return chunk;
    }

    [GeneratedRegex(@"^- (Diktum [A-Z]+):\s*(.+)$")]
    private static partial Regex NamedBullet();
}
