using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>Turns parsed statutes into chunks: one per Pasal with its Penjelasan, after applying amendments.</summary>
public static partial class PasalChunker
{
    /// <summary>
    /// Applies every amending document to the document it amends (new wording in force, inserted
    /// articles, changed Penjelasan), then chunks all of them.
    /// </summary>
    public static IEnumerable<KnowledgeChunk> Chunk(IReadOnlyList<PasalParse> parses)
    {
        foreach (var amending in parses.Where(p => p.Document.Amends is not null))
        {
            var target = parses.FirstOrDefault(p => p.Document.Id == amending.Document.Amends)
                ?? throw new InvalidDataException($"{amending.Document.Id} amends '{amending.Document.Amends}', which is not in the knowledge base.");
            Apply(amending, target);
        }
        return parses.SelectMany(ChunkOne);
    }

    private static void Apply(PasalParse amending, PasalParse target)
    {
        var by = amending.Document.Citation;
        string Anchor(string number) => amending.AmendingItem.TryGetValue(number, out var item)
            ? $"{amending.Document.AmendingArticle} angka {item}"
            : amending.Document.AmendingArticle ?? "";
        foreach (var (number, article) in amending.EmbeddedArticles)
        {
            var exists = target.Articles.TryGetValue(number, out var original);
            var updated = new PasalParse.Article(number, original?.Chapter ?? ChapterBefore(target, number))
            {
                Lines = article.Lines,
                ReplacedLines = exists && !article.Inserted ? original!.Lines : null,
                AmendmentNote = exists && !article.Inserted
                    ? $"diubah oleh {by} ({Anchor(number)})"
                    : $"disisipkan oleh {by} ({Anchor(number)})",
            };
            target.Articles[number] = updated;
            target.Explanations[number] = amending.EmbeddedExplanations.GetValueOrDefault(number, []);
        }
        foreach (var number in amending.ExplanationOnlyChanges)
        {
            if (!target.Articles.TryGetValue(number, out var article)) continue;
            target.Explanations[number] = amending.EmbeddedExplanations.GetValueOrDefault(number, []);
            article.AmendmentNote = $"Penjelasan diubah oleh {by} ({Anchor(number)})";
        }
    }

    /// <summary>An inserted article (44A) belongs to the chapter of the article it follows (44).</summary>
    private static string ChapterBefore(PasalParse target, string number)
    {
        var digits = DigitsOf().Match(number).Value;
        return target.Articles.GetValueOrDefault(digits)?.Chapter ?? "";
    }

    private static IEnumerable<KnowledgeChunk> ChunkOne(PasalParse parse)
    {
        var doc = parse.Document;
        if (parse.Preamble.Any(l => l.Length > 0))
            yield return new KnowledgeChunk($"{doc.Citation} Pembukaan", doc.Id, "Pembukaan", TextReflow.Join(parse.Preamble), Weight: 0.8f) { Document = doc };
        foreach (var article in parse.Articles.Values)
        {
            yield return new KnowledgeChunk(
                $"{doc.Citation} Pasal {article.Number}", doc.Id, article.Chapter, TextReflow.Join(article.Lines),
                ExplanationText.Clean(parse.Explanations.GetValueOrDefault(article.Number, [])),
                article.AmendmentNote) { Document = doc, ReplacedWording = article.ReplacedLines is { } old ? TextReflow.Join(old) : null };
        }
        if (parse.GeneralExplanation.Any(l => l.Length > 0))
            yield return new KnowledgeChunk($"{doc.Citation} Penjelasan Umum", doc.Id, "Penjelasan Umum", TextReflow.Join(parse.GeneralExplanation), Weight: 0.8f) { Document = doc };
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex DigitsOf();
}
