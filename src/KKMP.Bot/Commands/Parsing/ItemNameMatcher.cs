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
    public sealed record None(CatalogueItem? Suggestion) : ItemMatch
    {
        /// <summary>
        /// The suggestion shares a word with the query within the typo tolerance ("beras merah" → Beras).
        /// False for a merely nearest name ("emas" → Beras, two edits in four letters): fine as a guess
        /// for a mistyped command, silly as an answer to a question about something the shop does not sell.
        /// </summary>
        public bool IsClose { get; init; }
    }
}

/// <summary>
/// Resolves what a user typed to a catalogue item, in tiers: exact name/alias, then word prefixes,
/// then clipped blends ("gulpas"), then vowel-less abbreviations ("brs", "tpg"), then small typos (Damerau-Levenshtein ≤ 1 up to 6 letters, ≤ 2 beyond; none under 4 letters).
/// A tier that fits several items is ambiguous; later tiers are not consulted.
/// </summary>
public static class ItemNameMatcher
{
    /// <summary>A name or alias split once into lower-case words, and its space-free key.</summary>
    private sealed record Name(string[] Words, string Key);

    private sealed record Entry(CatalogueItem Item, Name[] Names);

    public static ItemMatch Match(string query, IEnumerable<CatalogueItem> catalogue)
    {
        var words = Words(query);
        var key = string.Concat(words);
        if (key.Length == 0) return new ItemMatch.None(null);
        var entries = catalogue
            .Select(item => new Entry(item, [.. new[] { item.Name }.Concat(item.Aliases).Select(ToName)]))
            .ToList();

        var exact = entries.Where(e => e.Names.Any(name => name.Key == key)).ToList();
        if (exact.Count > 0) return exact.Count == 1 ? new ItemMatch.Exact(exact[0].Item) : Ambiguous(exact);

        // "gulanya", "berasnya": the item with "-nya" (the one we talked about).
        if (words.Any(w => w.Length >= 6 && w.EndsWith("nya", StringComparison.Ordinal)))
            return Match(string.Join(' ', words.Select(w => w.Length >= 6 && w.EndsWith("nya", StringComparison.Ordinal) ? w[..^3] : w)), catalogue);

        var prefixed = entries.Where(e => e.Names.Any(name => WordPrefixes(words, name.Words))).ToList();
        if (prefixed.Count > 0) return prefixed.Count == 1 ? new ItemMatch.Unique(prefixed[0].Item) : Ambiguous(prefixed);

        var blended = words.Length == 1 ? entries.Where(e => e.Names.Any(name => Blend(key, name.Words))).ToList() : [];
        if (blended.Count > 0) return blended.Count == 1 ? new ItemMatch.Unique(blended[0].Item) : Ambiguous(blended);

        var abbreviated = entries.Where(e => e.Names.Any(name => Abbreviates(words, name.Words))).ToList();
        if (abbreviated.Count > 0) return abbreviated.Count == 1 ? new ItemMatch.Unique(abbreviated[0].Item) : Ambiguous(abbreviated);

        var scored = entries.Select(e => (entry: e, distance: e.Names.Min(name => Distance(key, name)))).ToList();
        var best = scored.Count == 0 ? int.MaxValue : scored.Min(x => x.distance);
        var closest = scored.Where(x => x.distance == best).Select(x => x.entry).ToList();
        if (best <= Tolerance(key.Length))
            return closest.Count == 1 ? new ItemMatch.Unique(closest[0].Item) : Ambiguous(closest);

        // "bimoli", "beras SPHP", "telor ayam negeri": a known brand or grade names the goods.
        foreach (var candidate in ItemBrands.Candidates(words))
            switch (Match(candidate, catalogue))
            {
                case ItemMatch.Exact exactBrand: return new ItemMatch.Unique(exactBrand.Item);
                case ItemMatch.Unique uniqueBrand: return uniqueBrand;
            }

        if (ClosestByWord(words, entries) is { } byWord) return new ItemMatch.None(byWord) { IsClose = true };
        return new ItemMatch.None(best <= Math.Max(2, key.Length / 3) ? closest.Select(e => e.Item).OrderBy(i => i.Name).First() : null);
    }

    /// <summary>The item sharing a (nearly) identical word with the query: "beras merah" → Beras.</summary>
    private static CatalogueItem? ClosestByWord(string[] words, List<Entry> entries)
    {
        CatalogueItem? bestItem = null;
        var bestDistance = int.MaxValue;
        foreach (var entry in entries.OrderBy(e => e.Item.Name, StringComparer.OrdinalIgnoreCase))
            foreach (var nameWord in entry.Names.SelectMany(n => n.Words))
                foreach (var word in words.Where(w => w.Length >= 3))
                {
                    var distance = EditDistance.Between(word, nameWord);
                    if (distance <= Tolerance(word.Length) && distance < bestDistance)
                        (bestItem, bestDistance) = (entry.Item, distance);
                }
        return bestItem;
    }

    private static int Tolerance(int length) => length < 4 ? 0 : length <= 6 ? 1 : 2;

    private static Name ToName(string text)
    {
        var words = Words(text);
        return new Name(words, string.Concat(words));
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '-', '_'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each typed word (3+ letters, or a whole word) starts a later word of the name, in order.</summary>
    private static bool WordPrefixes(string[] typed, string[] name)
    {
        var next = 0;
        foreach (var word in typed)
        {
            while (next < name.Length && !(name[next].StartsWith(word, StringComparison.Ordinal) && (word.Length >= 3 || word == name[next]))) next++;
            if (next == name.Length) return false;
            next++;
        }
        return true;
    }

    /// <summary>
    /// "gulpas" for gula pasir, "migor" for minyak goreng: shop talk clips every word of a
    /// multi-word name to its first syllable or two (at least two letters each) and runs them together.
    /// </summary>
    private static bool Blend(string typed, string[] name, int word = 0)
    {
        if (name.Length < 2) return false;
        if (word == name.Length) return typed.Length == 0;
        for (var length = Math.Min(typed.Length, name[word].Length); length >= 2; length--)
            if (name[word].StartsWith(typed[..length], StringComparison.Ordinal) && Blend(typed[length..], name, word + 1))
                return true;
        return false;
    }

    /// <summary>
    /// "brs", "gla", "tpg terigu", "mnyk": chat drops vowels (and the n of "ng"). Each typed word, in order, is a
    /// later word of the name, a prefix of it, or its consonants; a typed word keeps no vowel after its first letter
    /// (one in a word of three letters, "gla"), so a real word ("gali") or a typo ("brass", which gets a suggestion) is
    /// never read as a skeleton.
    /// </summary>
    private static bool Abbreviates(string[] typed, string[] name)
    {
        var next = 0;
        var skeletons = 0;
        foreach (var word in typed)
        {
            while (next < name.Length && !(name[next] == word || (word.Length >= 3 && name[next].StartsWith(word, StringComparison.Ordinal))
                                           || IsSkeletonOf(word, name[next]))) next++;
            if (next == name.Length) return false;
            if (name[next] != word && !name[next].StartsWith(word, StringComparison.Ordinal)) skeletons++;
            next++;
        }
        return skeletons > 0;
    }

    private static bool IsSkeletonOf(string typed, string word) =>
        typed.Length >= 2 && typed[0] == word[0] && typed.Skip(1).Count(IsVowel) is var vowels
        && (vowels == 0 || (vowels == 1 && typed.Length <= 3)) && Skeleton(typed) == Skeleton(word);

    private static string Skeleton(string word)
    {
        var consonants = new System.Text.StringBuilder(word.Length);
        consonants.Append(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (IsVowel(c) || (c == 'n' && i + 1 < word.Length && word[i + 1] == 'g') || consonants[^1] == c) continue;
            consonants.Append(c);
        }
        return consonants.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Typo distance to the whole name, or to any one of its words ("minyk" ~ "minyak goreng").</summary>
    private static int Distance(string key, Name name)
    {
        var whole = EditDistance.Between(key, name.Key);
        if (name.Words.Length == 1) return whole;
        foreach (var word in name.Words) whole = Math.Min(whole, EditDistance.Between(key, word));
        return whole;
    }

    private static ItemMatch.Ambiguous Ambiguous(List<Entry> entries) =>
        new([.. entries.Select(e => e.Item).OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)]);
}
