namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// Replaces a term the index has never seen with the closest indexed term (one edit for short
/// words, two for long ones), preferring the most frequent, so "pengwas" still finds "pengawas".
/// Short words are never corrected ("beras" is not a typo of "keras"; a short unknown word is more often
/// a new topic than a typo), and the first letter must match: people rarely mistype it.
/// </summary>
public static class TypoCorrector
{
    public static string Correct(string term, RegulationIndex index)
    {
        if (term.Length < 6 || index.DocumentFrequency(term) > 0 || term.Any(char.IsDigit)) return term;
        return index.Corrections.GetOrAdd(term, t => Nearest(t, index));
    }

    private static string Nearest(string term, RegulationIndex index)
    {
        var maxEdits = term.Length >= 9 ? 2 : 1;
        return index.Vocabulary
            .Where(v => v[0] == term[0] && Math.Abs(v.Length - term.Length) <= maxEdits && v.Length >= 4)
            .Select(v => (Term: v, Distance: Distance(term, v, maxEdits)))
            .Where(x => x.Distance <= maxEdits)
            .OrderBy(x => x.Distance).ThenByDescending(x => index.DocumentFrequency(x.Term)).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Select(x => x.Term)
            .FirstOrDefault() ?? term;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), cut off above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        // Three rolling rows (the swap rule looks two rows back), on the stack: no allocation per comparison.
        Span<int> before = stackalloc int[b.Length + 1], previous = stackalloc int[b.Length + 1], current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
