using KKMP.Bot.Knowledge.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace KKMP.Bot.Knowledge.Faq;

/// <summary>
/// The boards' FAQ entries in their own small Lucene index beside the regulations: added and archived
/// while the bot runs (near-real-time readers, no restart), searched with the regulations' analysis and
/// scoped to the asker's cooperative plus the admins' entries.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    private const string IdField = "id", KoperasiField = "kop", TextField = "text", Global = "*";
    private const int MaxCandidates = 10;

    private readonly IndonesianAnalysis _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (FaqEntry Entry, HashSet<string> Terms)> _entries = new();

    public FaqIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianAnalysis.Version, _analyzer));
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public int Count => _entries.Count;

    /// <summary>Stores an entry (replacing one with the same id) and makes it searchable at once.</summary>
    public void Add(FaqEntry entry)
    {
        Write(entry);
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Many entries, searchable together at the end: one reader refresh instead of one per entry (the rebuild at start).</summary>
    public void AddRange(IEnumerable<FaqEntry> entries)
    {
        foreach (var entry in entries) Write(entry);
        _searchers.MaybeRefreshBlocking();
    }

    private void Write(FaqEntry entry)
    {
        if (entry.Problem() is { } problem) throw new ArgumentException(problem, nameof(entry));
        var text = $"{entry.Question}\n{entry.Answer}";
        _writer.UpdateDocument(new Term(IdField, entry.Id),
        [
            new StringField(IdField, entry.Id, Field.Store.YES),
            new StringField(KoperasiField, entry.KoperasiId ?? Global, Field.Store.NO),
            new TextField(TextField, text, Field.Store.NO),
        ]);
        _entries[entry.Id] = (entry, IndonesianAnalysis.Terms(_analyzer, text).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Archives an entry: it is no longer found. False when there is no such entry.</summary>
    public bool Archive(string id)
    {
        if (!_entries.TryRemove(id, out _)) return false;
        _writer.DeleteDocuments(new Term(IdField, id));
        _searchers.MaybeRefreshBlocking();
        return true;
    }

    /// <summary>The entries of this cooperative and of the admins that share words with the question, with their analysed terms.</summary>
    public IReadOnlyList<(FaqEntry Entry, IReadOnlySet<string> Terms)> Candidates(IEnumerable<string> terms, string? koperasiId)
    {
        if (_entries.IsEmpty) return [];
        var words = new BooleanQuery();
        foreach (var term in terms.Distinct()) words.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        if (words.Clauses.Count == 0) return [];
        var scope = new BooleanQuery { { new TermQuery(new Term(KoperasiField, Global)), Occur.SHOULD } };
        if (koperasiId is not null) scope.Add(new TermQuery(new Term(KoperasiField, koperasiId)), Occur.SHOULD);
        var query = new BooleanQuery { { words, Occur.MUST }, { new ConstantScoreQuery(scope), Occur.MUST } };

        var searcher = _searchers.Acquire();
        try
        {
            return searcher.Search(query, MaxCandidates).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc).Get(IdField))
                .Select(id => _entries.TryGetValue(id, out var e) ? e : default)
                .Where(e => e.Entry is not null)
                .Select(e => (e.Entry, (IReadOnlySet<string>)e.Terms))
                .ToList();
        }
        finally { _searchers.Release(searcher); }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
