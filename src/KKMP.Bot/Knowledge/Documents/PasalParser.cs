using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// Reads a statute in the knowledge markdown layout: "## BAB ..." chapters, "**Pasal N**" articles,
/// a "PENJELASAN" part with the same "**Pasal N**" markers. In an amending document (front matter
/// <c>amends</c> + <c>amending_article</c>), the articles quoted inside the amending article are the
/// new wording of the amended document's articles.
/// </summary>
public static partial class PasalParser
{
    private enum Part { Body, Explanation, Skip }

    public static PasalParse Parse(KnowledgeDocument document)
    {
        var parse = new PasalParse(document);
        var amendingNumber = document.AmendingArticle?.Replace("Pasal", "").Trim();
        var part = Part.Body;
        var chapter = "";
        List<string>? target = parse.Preamble;
        PasalParse.Article? amending = null;   // the amending article while we are inside it
        string? explanationArticle = null;
        string? item = null;   // "1" for "1. Ketentuan Pasal 6 diubah …"

        foreach (var raw in document.BodyLines)
        {
            var line = raw.Trim();
            if (line.StartsWith('>') || line == "---") continue;

            if (line.StartsWith('#'))
            {
                var heading = line.TrimStart('#').Trim();
                if (heading.Contains("bukan teks hukum", StringComparison.OrdinalIgnoreCase)) { part = Part.Skip; target = null; continue; }
                if (heading.StartsWith("PENJELASAN", StringComparison.OrdinalIgnoreCase)) { part = Part.Explanation; target = null; amending = null; continue; }
                if (part == Part.Explanation && heading.EndsWith("UMUM", StringComparison.OrdinalIgnoreCase)) { target = parse.GeneralExplanation; continue; }
                if (part == Part.Explanation) continue;
                if (line.StartsWith("# ")) continue;   // the document title
                if (heading.StartsWith("BAB", StringComparison.OrdinalIgnoreCase)) chapter = heading;
                if (part == Part.Skip && heading.StartsWith("Batang", StringComparison.OrdinalIgnoreCase)) part = Part.Body;
                continue;
            }
            if (part == Part.Skip) continue;

            var pasal = PasalMarker().Match(line);
            if (part == Part.Body)
            {
                if (pasal.Success)
                {
                    var number = pasal.Groups[1].Value;
                    if (amending is not null)
                    {
                        var embedded = new PasalParse.Article(number, "") { Inserted = amending.Lines.LastOrDefault(l => l.Length > 0)?.Contains("disisipkan") == true };
                        parse.EmbeddedArticles[number] = embedded;
                        if (item is not null) parse.AmendingItem[number] = item;
                        target = embedded.Lines;
                        continue;
                    }
                    var article = new PasalParse.Article(number, chapter);
                    parse.Articles[number] = article;
                    target = article.Lines;
                    if (number == amendingNumber) amending = article;
                    continue;
                }
                if (amending is not null && AngkaItem().IsMatch(line))
                {
                    target = amending.Lines;   // "2. Penjelasan Pasal 17 diubah ..." ends the quoted article
                    item = line[..line.IndexOf('.')];
                    var explanationOnly = ExplanationOnly().Match(line);
                    if (explanationOnly.Success)
                    {
                        parse.ExplanationOnlyChanges.Add(explanationOnly.Groups[1].Value);
                        parse.AmendingItem[explanationOnly.Groups[1].Value] = item;
                    }
                }
                target?.Add(line);
                continue;
            }

            // Penjelasan part.
            if (pasal.Success)
            {
                explanationArticle = pasal.Groups[1].Value;
                target = parse.Explanations[explanationArticle] = [];
                continue;
            }
            if (explanationArticle == amendingNumber && amendingNumber is not null)
            {
                if (AngkaLabel().IsMatch(line)) continue;
                var quoted = QuotedPasal().Match(line);
                if (quoted.Success) { target = parse.EmbeddedExplanations[quoted.Groups[1].Value] = []; continue; }
            }
            target?.Add(line);
        }
        return parse;
    }

    [GeneratedRegex(@"^\*\*Pasal (\d+[A-Z]?)\*\*$")]
    private static partial Regex PasalMarker();

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex AngkaItem();

    [GeneratedRegex(@"^\d+\.\s+Penjelasan Pasal (\d+[A-Z]?) diubah")]
    private static partial Regex ExplanationOnly();

    [GeneratedRegex(@"^Angka \d+$")]
    private static partial Regex AngkaLabel();

    [GeneratedRegex(@"^Pasal (\d+[A-Z]?)$")]
    private static partial Regex QuotedPasal();
}
