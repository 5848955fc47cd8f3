namespace KKMP.Bot.Knowledge.Documents;

/// <summary>The documents of a knowledge folder and the chunks the index is built from.</summary>
public sealed record KnowledgeBase(IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<KnowledgeChunk> Chunks, IReadOnlyList<string> Skipped);

public static class KnowledgeLoader
{
    /// <summary>
    /// Reads every *.md file under <paramref name="folder"/> that starts with front matter; files
    /// without it (a README, notes) are listed in <see cref="KnowledgeBase.Skipped"/>, not indexed.
    /// </summary>
    public static KnowledgeBase Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Knowledge folder not found: {folder} (set Knowledge:Path).");

        var documents = new List<KnowledgeDocument>();
        var skipped = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (!text.StartsWith("---")) { skipped.Add(Path.GetFileName(file)); continue; }
            documents.Add(KnowledgeDocument.Parse(text, Path.GetFileName(file)));
        }
        return FromDocuments(documents, skipped);
    }

    public static KnowledgeBase FromDocuments(IReadOnlyList<KnowledgeDocument> documents, IReadOnlyList<string>? skipped = null)
    {
        var duplicate = documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Two knowledge files share the id '{duplicate.Key}'.");

        var statutes = documents.Where(d => d.Format == "pasal").Select(PasalParser.Parse).ToList();
        var chunks = PasalChunker.Chunk(statutes)
            .Concat(documents.Where(d => d.Format == "sections").SelectMany(SectionChunker.Chunk))
            .Concat(documents.Where(d => d.Format == "summary").SelectMany(SummaryChunker.Chunk))
            .SelectMany(DefinitionSplitter.Split)
            .Select(c => c with { Weight = c.Weight * c.Document.Weight })
            .ToList();
        return new KnowledgeBase(documents, chunks, skipped ?? []);
    }
}
