namespace KKMP.Bot.Commands.Parsing;

/// <summary>One catalogue entry the matcher can choose: the ledger's item id, its name and aliases.</summary>
public sealed record CatalogueItem(string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>How a typed item name relates to the catalogue.</summary>
public abstract record ItemMatch
{
    /// <summary>The name or an alias, ignoring case and spaces.</summary>
    public sealed record Exact(CatalogueItem Item) : ItemMatch;

    /// <summary>One item only fits by word prefix ("minyak" → "minyak goreng") or a small typo ("minyk").</summary>
    public sealed record Unique(CatalogueItem Item) : ItemMatch;

    /// <summary>Several items fit equally well: ask which one, never guess.</summary>
    public sealed record Ambiguous(IReadOnlyList<CatalogueItem> Candidates) : ItemMatch;

    /// <summary>Nothing fits; <see cref="Suggestion"/> is the closest item if any is reasonably close.</summary>
    public sealed record None(CatalogueItem? Suggestion) : ItemMatch;
}

/// <summary>
/// Resolves what a user typed to a catalogue item, in tiers: exact name/alias, then word prefixes,
/// then small typos (Damerau-Levenshtein ≤ 1 up to 6 letters, ≤ 2 beyond; none under 4 letters).
/// A tier that fits several items is ambiguous; later tiers are not consulted.
/// </summary>
public static class ItemNameMatcher
{
    public static ItemMatch Match(string query, IEnumerable<CatalogueItem> catalogue)
    {
        var items = catalogue.ToList();
        var words = Words(query);
        var key = string.Concat(words);
        if (key.Length == 0) return new ItemMatch.None(null);

        var exact = items.Where(item => Names(item).Any(name => string.Concat(Words(name)) == key)).ToList();
        if (exact.Count > 0) return exact.Count == 1 ? new ItemMatch.Exact(exact[0]) : Ambiguous(exact);

        var prefixed = items.Where(item => Names(item).Any(name => WordPrefixes(words, Words(name)))).ToList();
        if (prefixed.Count > 0) return prefixed.Count == 1 ? new ItemMatch.Unique(prefixed[0]) : Ambiguous(prefixed);

        var scored = items.Select(item => (item, distance: Names(item).Min(name => Distance(key, name)))).ToList();
        var best = scored.Count == 0 ? int.MaxValue : scored.Min(x => x.distance);
        if (best <= Tolerance(key.Length))
        {
            var closest = scored.Where(x => x.distance == best).Select(x => x.item).ToList();
            return closest.Count == 1 ? new ItemMatch.Unique(closest[0]) : Ambiguous(closest);
        }
        var suggestion = ClosestByWord(words, items)
            ?? (best <= Math.Max(2, key.Length / 3)
                ? scored.Where(x => x.distance == best).Select(x => x.item).OrderBy(i => i.Name).First()
                : null);
        return new ItemMatch.None(suggestion);
    }

    /// <summary>The item sharing a (nearly) identical word with the query: "beras merah" → Beras.</summary>
    private static CatalogueItem? ClosestByWord(string[] words, List<CatalogueItem> items) =>
        items
            .Select(item => (item, distance: Names(item)
                .SelectMany(Words)
                .SelectMany(nameWord => words.Select(word => (word, d: EditDistance.Between(word, nameWord))))
                .Where(x => x.word.Length >= 3 && x.d <= Tolerance(x.word.Length))
                .Select(x => x.d)
                .DefaultIfEmpty(int.MaxValue)
                .Min()))
            .Where(x => x.distance < int.MaxValue)
            .OrderBy(x => x.distance).ThenBy(x => x.item.Name)
            .Select(x => x.item)
            .FirstOrDefault();

    private static int Tolerance(int length) => length < 4 ? 0 : length <= 6 ? 1 : 2;

    private static IEnumerable<string> Names(CatalogueItem item) => [item.Name, .. item.Aliases];

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '-', '_'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each typed word (3+ letters, or a whole word) starts a later word of the name, in order.</summary>
    private static bool WordPrefixes(string[] typed, string[] name)
    {
        var next = 0;
        foreach (var word in typed)
        {
            while (next < name.Length && !(name[next].StartsWith(word) && (word.Length >= 3 || word == name[next]))) next++;
            if (next == name.Length) return false;
            next++;
        }
        return true;
    }

    /// <summary>Typo distance to the whole name, or to any one of its words ("minyk" ~ "minyak goreng").</summary>
    private static int Distance(string key, string name)
    {
        var words = Words(name);
        var whole = EditDistance.Between(key, string.Concat(words));
        return words.Length == 1 ? whole : Math.Min(whole, words.Min(w => EditDistance.Between(key, w)));
    }

    private static ItemMatch.Ambiguous Ambiguous(List<CatalogueItem> items) =>
        new([.. items.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)]);
}
