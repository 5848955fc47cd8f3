using System.Diagnostics;
using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Knowledge;

/// <summary>
/// The knowledge base as a service: the markdown is read and indexed on the first question (not at
/// start-up, so the host starts at once and hosts that never get a question never pay for it), then
/// kept for the life of the process.
/// </summary>
public sealed class RegulationKnowledge : IRegulationSearch, IDisposable
{
    private readonly Lazy<RegulationSearch> _search;

    public RegulationKnowledge(IOptions<KnowledgeOptions> options, ILogger<RegulationKnowledge> logger, Faq.FaqIndex? faq = null)
    {
        _search = new Lazy<RegulationSearch>(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var knowledge = KnowledgeLoader.Load(options.Value.ResolvedPath);
            var search = new RegulationSearch(new RegulationIndex(knowledge, SearchProfile.Indonesian), options.Value.MinConfidence) { Faq = faq };
            logger.LogInformation("Knowledge base: {Documents} documents, {Chunks} passages indexed in {Milliseconds:F0} ms from {Path}",
                knowledge.Documents.Count, knowledge.Chunks.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, options.Value.ResolvedPath);
            foreach (var file in knowledge.Skipped)
                logger.LogWarning("Knowledge file {File} has no front matter and was not indexed", file);
            return search;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public KnowledgeBase Knowledge => _search.Value.Index.Knowledge;

    /// <summary>"UU 25/1992 — Undang-Undang … tentang Perkoperasian" for each document (read when enumerated).</summary>
    public IEnumerable<string> Topics
    {
        get
        {
            foreach (var document in Knowledge.Documents)
                yield return $"{document.Citation}: {document.Title}";
        }
    }

    public SearchResult Search(string question, int top = 5) => _search.Value.Search(question, top);

    public SearchResult Search(string question, int top, string? koperasiId) => _search.Value.Search(question, top, koperasiId);

    private int _disposed;

    /// <summary>Idempotent: the container disposes this once as itself and once as <see cref="IRegulationSearch"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _search.IsValueCreated) _search.Value.Index.Dispose();
    }
}
