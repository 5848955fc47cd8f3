namespace KKMP.Bot.Knowledge.Documents;

/// <summary>The documents of a knowledge folder and the chunks the index is built from.</summary>
public sealed record KnowledgeBase(IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<KnowledgeChunk> Chunks, IReadOnlyList<string> Skipped);

public static class KnowledgeLoader
{
    /// <summary>YAML files named so hold everyday phrasings per passage; any other YAML file is a reference price list.</summary>
    public const string CommonQuestionsFile = "pertanyaan-umum";

    /// <summary>
    /// Reads every *.md file under <paramref name="folder"/> that starts with front matter (files
    /// without it, a README or notes, are listed in <see cref="KnowledgeBase.Skipped"/>, not indexed)
    /// and every *.yaml file: reference price lists (<see cref="ReferencePriceList"/>) and everyday phrasings
    /// per passage (<see cref="CommonQuestions"/>).
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
        var questions = new List<(CommonQuestions, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (text, name) = (File.ReadAllText(file), Path.GetFileName(file));
            if (name.StartsWith(CommonQuestionsFile, StringComparison.Ordinal)) questions.Add((CommonQuestions.Parse(text, name), name));
            else documents.Add(ReferencePriceList.Parse(text, name).ToDocument());
        }
        var knowledge = FromDocuments(documents, skipped);
        foreach (var (common, name) in questions)
            knowledge = knowledge with { Chunks = common.AttachTo(knowledge.Chunks, name) };
        return knowledge;
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
            .Concat(documents.Where(d => d.Format == "harga-acuan").SelectMany(PriceChunker.Chunk))
            .SelectMany(DefinitionSplitter.Split)
            .Select(c => c with { Weight = c.Weight * c.Document.Weight, IsSummary = c.IsSummary || c.Document.IsSummary })
            .ToList();
        return new KnowledgeBase(documents, chunks, skipped ?? []);
    }
}
