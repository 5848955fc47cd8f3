namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// Replaces a term the index has never seen with the closest indexed term (one edit for short
/// words, two for long ones), preferring the most frequent, so "pengwas" still finds "pengawas".
/// Short words are never corrected: a three-letter unknown is more often a new topic than a typo.
/// </summary>
public static class TypoCorrector
{
    public static string Correct(string term, RegulationIndex index)
    {
        if (term.Length < 5 || index.DocumentFrequency(term) > 0 || term.Any(char.IsDigit)) return term;
        var maxEdits = term.Length >= 8 ? 2 : 1;
        return index.Vocabulary
            .Where(v => Math.Abs(v.Length - term.Length) <= maxEdits && v.Length >= 4)
            .Select(v => (Term: v, Distance: Distance(term, v, maxEdits)))
            .Where(x => x.Distance <= maxEdits)
            .OrderBy(x => x.Distance).ThenByDescending(x => index.DocumentFrequency(x.Term)).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Select(x => x.Term)
            .FirstOrDefault() ?? term;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), cut off above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                rowMin = Math.Min(rowMin, d[i, j]);
            }
            if (rowMin > limit) return limit + 1;
        }
        return d[a.Length, b.Length];
    }
}
