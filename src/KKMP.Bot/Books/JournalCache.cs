using System.Collections.Concurrent;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Books;

/// <summary>What a report needs from the journal: the entries of a stretch, every account's balance and each item's stock and cost at its end.</summary>
public sealed record JournalView(IReadOnlyList<JournalEntry> Entries, IReadOnlyDictionary<Account, long> Closing, IReadOnlyDictionary<int, CostLayers> Layers);

/// <summary>
/// Each cooperative's journal projected up to its newest event, kept in memory and brought up to date
/// with the events that arrived since it was last read (the ledger only appends). So "bulan ini" and /kas
/// cost the new events, not the year. Still a projection: it is rebuilt from the ledger at every start.
/// </summary>
public sealed class JournalCache(ChartOfAccounts chart, Catalog catalog)
{
    private sealed class Projected(BookProjection projection)
    {
        public readonly BookProjection Projection = projection;
        public int Applied;
    }

    private readonly ConcurrentDictionary<string, Projected> _byCooperative = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="read"/> over the projection of <paramref name="events"/> (the cooperative's events
    /// so far, oldest first), under this cooperative's cache lock: copy out what is needed, do not keep it.
    /// </summary>
    public T Read<T>(string koperasiId, IReadOnlyList<BookEvent> events, Func<BookProjection, T> read)
    {
        var projected = _byCooperative.GetOrAdd(koperasiId, id => new Projected(new BookProjection(chart, Names(id))));
        lock (projected)
        {
            if (events.Count < projected.Applied) // never with an append-only ledger; start over rather than mislead
                return read(BookProjection.Run(chart, Names(koperasiId), events));
            for (var i = projected.Applied; i < events.Count; i++) projected.Projection.Apply(events[i]);
            projected.Applied = events.Count;
            return read(projected.Projection);
        }
    }

    /// <summary>The entries from <paramref name="startTicks"/> on, every closing balance and a copy of the cost layers.</summary>
    public JournalView View(string koperasiId, IReadOnlyList<BookEvent> events, long startTicks) =>
        Read(koperasiId, events, p => ViewOf(chart, p, startTicks));

    public static JournalView ViewOf(ChartOfAccounts chart, BookProjection p, long startTicks)
    {
        var entries = p.Entries;
        var (lo, hi) = (0, entries.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (entries[mid].AtTicks < startTicks) lo = mid + 1; else hi = mid;
        }
        var slice = new JournalEntry[entries.Count - lo];
        for (var i = lo; i < entries.Count; i++) slice[i - lo] = entries[i];
        return new JournalView(slice, chart.Accounts.ToDictionary(a => a, p.Balance),
            p.Layers.ToDictionary(kv => kv.Key, kv => kv.Value.Copy()));
    }

    /// <summary>Names are looked up when a description is read, so a renamed or new item is named as it is now.</summary>
    private Func<int, ItemName> Names(string koperasiId) =>
        id => catalog.CatalogueForMatching(koperasiId).FirstOrDefault(i => i.Id == id) is { } item
            ? new ItemName(item.Name, item.BaseUnit)
            : new ItemName($"barang #{id}", "");
}
