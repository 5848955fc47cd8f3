using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// Splits a glossary ("Dalam Undang-undang ini yang dimaksud dengan: 1. Koperasi adalah …") into one
/// chunk per defined term, cited by its number or letter ("UU 25/1992 Pasal 1 angka 3"), so a
/// "apa itu X?" question gets the one definition rather than the whole list.
/// </summary>
public static partial class DefinitionSplitter
{
    public static IEnumerable<KnowledgeChunk> Split(KnowledgeChunk chunk)
    {
        var lines = chunk.Text.Split('\n');
        var items = lines.Select(l => Item().Match(l)).Where(m => m.Success).ToList();
        if (!chunk.IsDefinition || items.Count < 3 || items.Any(m => !m.Groups[3].Value.Contains(" adalah ") && !m.Groups[3].Value.Contains(" ialah ")))
        {
            yield return chunk;
            yield break;
        }
        foreach (var item in items)
        {
            var label = char.IsDigit(item.Groups[1].Value[0]) ? "angka" : "huruf";
            yield return chunk with { Citation = $"{chunk.Citation} {label} {item.Groups[1].Value}", Text = item.Value, Explanation = null };
        }
    }

    [GeneratedRegex(@"^(\d+|[a-z])\.\s+((.+))$")]
    private static partial Regex Item();
}
