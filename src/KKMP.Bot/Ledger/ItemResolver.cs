using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>How a typed item name resolved against one cooperative's catalogue.</summary>
public abstract record ItemResolution
{
    public sealed record Found(ItemDoc Item) : ItemResolution;
    public sealed record Ambiguous(IReadOnlyList<ItemDoc> Candidates) : ItemResolution;
    public sealed record NotFound(ItemDoc? Closest) : ItemResolution
    {
        /// <summary>Closest shares a word with what was typed within the typo tolerance (see <see cref="ItemMatch.None.IsClose"/>).</summary>
        public bool IsClose { get; init; }
    }
}

/// <summary>Resolves what the user typed ("minyak", "migor", "minyk") to an item of their own cooperative, with the grammar's matcher.</summary>
public sealed class ItemResolver(Catalog catalog)
{
    private const int RememberedPerCatalogue = 512;

    // A shop types the same few names all day, and a write resolves its item twice (the risk check, then the
    // handler): remember answers per catalogue snapshot. Every catalogue write makes a new snapshot, so an
    // answer never outlives the names it was matched against.
    private readonly ConditionalWeakTable<IReadOnlyList<ItemDoc>, ConcurrentDictionary<string, ItemResolution>> _remembered = new();

    /// <summary>Matches against the cached catalogue: a found item's stock may be stale (re-read it before using numbers).</summary>
    public ItemResolution Resolve(string koperasiId, string typed)
    {
        var items = catalog.CatalogueForMatching(koperasiId);
        var answers = _remembered.GetValue(items, _ => new ConcurrentDictionary<string, ItemResolution>(StringComparer.Ordinal));
        if (answers.TryGetValue(typed, out var known)) return known;
        if (answers.Count >= RememberedPerCatalogue) answers.Clear();
        return answers[typed] = Resolve(items, typed);
    }

    public static ItemResolution Resolve(IReadOnlyList<ItemDoc> items, string typed)
    {
        var byId = items.ToDictionary(i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var catalogue = byId.Select(pair => new CatalogueItem(pair.Key, pair.Value.Name, pair.Value.Aliases));
        return ItemNameMatcher.Match(typed, catalogue) switch
        {
            ItemMatch.Exact(var item) => new ItemResolution.Found(byId[item.Id]),
            ItemMatch.Unique(var item) => new ItemResolution.Found(byId[item.Id]),
            ItemMatch.Ambiguous(var candidates) => new ItemResolution.Ambiguous([.. candidates.Select(c => byId[c.Id])]),
            ItemMatch.None(var suggestion) none => new ItemResolution.NotFound(suggestion is null ? null : byId[suggestion.Id]) { IsClose = none.IsClose },
            _ => new ItemResolution.NotFound(null),
        };
    }
}
