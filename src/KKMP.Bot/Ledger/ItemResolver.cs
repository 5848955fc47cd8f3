using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>How a typed item name resolved against one cooperative's catalogue.</summary>
public abstract record ItemMatch
{
    public sealed record Found(ItemDoc Item) : ItemMatch;
    public sealed record Ambiguous(IReadOnlyList<ItemDoc> Candidates) : ItemMatch;
    public sealed record NotFound(ItemDoc? Closest) : ItemMatch;
}

/// <summary>Resolves what the user typed ("minyak", "migor") to an item of their cooperative.</summary>
public sealed class ItemResolver(Catalog catalog)
{
    public ItemMatch Resolve(string koperasiId, string typed) => Resolve(catalog.ListItems(koperasiId), typed);

    public static ItemMatch Resolve(IReadOnlyList<ItemDoc> items, string typed)
    {
        var query = Fold(typed);
        if (query.Length == 0) return new ItemMatch.NotFound(null);

        var exact = items.Where(i => Names(i).Any(n => n == query)).ToList();
        if (exact.Count == 1) return new ItemMatch.Found(exact[0]);

        var prefix = items.Where(i => Names(i).Any(n => n.StartsWith(query, StringComparison.Ordinal)
                                                       || n.Split(' ').Any(w => w.StartsWith(query, StringComparison.Ordinal)))).ToList();
        if (prefix.Count == 1) return new ItemMatch.Found(prefix[0]);
        if (prefix.Count > 1) return new ItemMatch.Ambiguous(prefix);

        // Small typos: edit distance ≤ 1 for short names, ≤ 2 for longer ones.
        var scored = items.Select(i => (item: i, distance: Names(i).Min(n => Distance(n, query)))).OrderBy(x => x.distance).ToList();
        var allowed = query.Length <= 4 ? 1 : 2;
        var close = scored.Where(x => x.distance <= allowed).ToList();
        if (close.Count == 1) return new ItemMatch.Found(close[0].item);
        if (close.Count > 1) return new ItemMatch.Ambiguous(close.Select(x => x.item).ToList());
        return new ItemMatch.NotFound(scored.FirstOrDefault(x => x.distance <= query.Length / 2 + 1).item);
    }

    private static IEnumerable<string> Names(ItemDoc item) => item.Aliases.Prepend(item.Name).Select(Fold);

    private static string Fold(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
