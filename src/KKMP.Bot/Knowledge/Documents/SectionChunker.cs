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
        string? part = null, partHeading = null, section = null, sectionTitle = null, closing = null;
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
            var isForm = BlankForm.Is(text);
            if (isForm) weight *= FormWeight;
            yield return new KnowledgeChunk(citation, doc.Id, chapter, text, Weight: weight)
            {
                Document = doc, IsSummary = doc.SummaryParts.Contains(part), IsModelStatute = part == doc.ModelStatutesPart, IsForm = isForm,
                ClosingHeading = closing,
            };
            closing = null;
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
                // Only an article's end: the part's opening before its first article is its own passage, as it was.
                closing = line.StartsWith("#### ") && section is not null ? TakeClosingHeadings(lines) : null;
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

    /// <summary>
    /// The model AD's chapter and article headings stand before the article they title ("BAB VI", "PENGELOLAAN ORGANISASI DAN USAHA",
    /// "Defisit Hasil Usaha"), at the end of the article before it: short lines of capitalised words with no closing punctuation,
    /// after its last sentence. They are taken off its wording (a quote of its last ayat must not end in the next chapter's title) and
    /// kept as its <see cref="KnowledgeChunk.ClosingHeading"/>.
    /// </summary>
    private static string? TakeClosingHeadings(List<string> lines)
    {
        var taken = new List<string>();
        var end = lines.Count;
        while (end > 0)
        {
            var line = TextReflow.Join([lines[end - 1]]);
            if (line.Length > 0 && !IsHeading(line)) break;
            if (line.Length > 0) taken.Insert(0, line);
            end--;
        }
        // A passage of nothing but headings is no article's end: the BAB's own opening, kept as it is.
        if (taken.Count == 0 || lines.Take(end).All(l => TextReflow.Join([l]).Length == 0)) return null;
        lines.RemoveRange(end, lines.Count - end);
        return string.Join(' ', taken);
    }

    private static bool IsHeading(string line) =>
        !TextReflow.StartsItem(line) && !".;:,".Contains(line[^1]) && HeadingWords().IsMatch(line);

    [GeneratedRegex(@"^(\p{Lu}[\p{L}/]*,?|dan|serta|atau|dari|yang|di)( (\p{Lu}[\p{L}/]*,?|dan|serta|atau|dari|yang|di)){0,7}$")]
    private static partial Regex HeadingWords();

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
