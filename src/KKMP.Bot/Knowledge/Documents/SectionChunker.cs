using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// Chunks a guideline (Juklak) by its headings: "## BAB …" or "## Lampiran Nomor n: …", then
/// "### n. …" numbered sections and "#### Pasal n" articles of a template deed.
/// Text before the first section of a BAB is its own chunk, cited by the BAB alone.
/// </summary>
public static partial class SectionChunker
{
    /// <summary>Forms and templates answer less authoritatively than the guideline's own text.</summary>
    private const float AppendixWeight = 0.7f;

    /// <summary>A form to fill in (<see cref="BlankForm"/>) repeats every word of a meeting but states no rule.</summary>
    private const float FormWeight = 0.5f;

    public static IEnumerable<KnowledgeChunk> Chunk(KnowledgeDocument doc)
    {
        string? part = null, partHeading = null, section = null, sectionTitle = null;
        var lines = new List<string>();

        IEnumerable<KnowledgeChunk> Flush(bool sectionFollows = false)
        {
            var text = TextReflow.Join(lines);
            // A BAB's opening sentence that introduces its list ("… sebagai berikut:") goes with the first item.
            if (section is null && sectionFollows && text.EndsWith(':')) yield break;
            lines.Clear();
            if (part is null || text.Length == 0) yield break;
            var citation = Cite(doc, part, section);
            var chapter = sectionTitle is null ? partHeading! : $"{partHeading} — {sectionTitle}";
            var weight = doc.PartWeights.TryGetValue(part, out var partWeight) ? partWeight : part.StartsWith("Lampiran") ? AppendixWeight : 1f;
            if (BlankForm.Is(text)) weight *= FormWeight;
            yield return new KnowledgeChunk(citation, doc.Id, chapter, text, Weight: weight)
            {
                Document = doc, IsSummary = doc.SummaryParts.Contains(part), IsModelStatute = part == doc.ModelStatutesPart,
            };
        }

        foreach (var raw in doc.BodyLines)
        {
            var line = raw.Trim();
            if (line.StartsWith('>') || line.StartsWith("# ")) continue;
            if (line.StartsWith("## "))
            {
                foreach (var chunk in Flush()) yield return chunk;
                partHeading = line[3..].Trim();
                part = PartLabel(partHeading);
                section = sectionTitle = null;
                continue;
            }
            if (line.StartsWith("### ") || line.StartsWith("#### "))
            {
                foreach (var chunk in Flush(sectionFollows: true)) yield return chunk;
                var heading = line.TrimStart('#').Trim();
                var numbered = Numbered().Match(heading);
                if (numbered.Success)
                {
                    section = $"angka {numbered.Groups[1].Value}";
                    var rest = numbered.Groups[2].Value.Trim();
                    var isTitle = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !rest.EndsWith(':');
                    sectionTitle = isTitle ? rest : null;
                    if (!isTitle) lines.Add(heading);
                }
                else { section = heading; sectionTitle = null; }
                continue;
            }
            lines.Add(line);
        }
        foreach (var chunk in Flush()) yield return chunk;
    }

    /// <summary>"Juklak Menkop 1/2025 BAB III angka 1"; training material by its lesson and slide title, never as an article.</summary>
    private static string Cite(KnowledgeDocument doc, string part, string? section) => doc.IsTraining
        ? $"{doc.Citation} ({(section is null ? part : $"{part} — {section}")})"
        : section is null ? $"{doc.Citation} {part}" : $"{doc.Citation} {part} {section}";

    private static string PartLabel(string heading)
    {
        var bab = Bab().Match(heading);
        if (bab.Success) return bab.Value;
        var appendix = Appendix().Match(heading);
        return appendix.Success ? $"Lampiran {appendix.Groups[1].Value}" : heading.Split(':')[0];
    }

    [GeneratedRegex(@"^BAB [IVXL]+")]
    private static partial Regex Bab();

    [GeneratedRegex(@"^Lampiran Nomor (\d+)")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"^(\d+)\.\s+(.*)$")]
    private static partial Regex Numbered();
}
