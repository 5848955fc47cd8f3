using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// Replaces a term the index has never seen with the closest indexed term (one edit for short
/// words, two for long ones), preferring the most frequent, so "pengwas" still finds "pengawas".
/// Short words are never corrected ("beras" is not a typo of "keras"; a short unknown word is more often
/// a new topic than a typo), and the first letter must match: people rarely mistype it. Only legal words are
/// targets (<paramref name="targets"/>): a story word the law never uses is more often just that, not a typo
/// ("protes" is not "proses", "jarang" is not "jaring").
/// </summary>
public static class TypoCorrector
{
    public static string Correct(string term, RegulationIndex index, IReadOnlySet<string> targets)
    {
        if (term.Length < 6 || index.DocumentFrequency(term) > 0 || term.Any(char.IsDigit)) return term;
        return index.Corrections.GetOrAdd(term, t => Nearest(t, index, targets));
    }

    private static string Nearest(string term, RegulationIndex index, IReadOnlySet<string> targets)
    {
        var maxEdits = term.Length >= 9 ? 2 : 1;
        return index.Vocabulary
            .Where(v => v[0] == term[0] && Math.Abs(v.Length - term.Length) <= maxEdits && v.Length >= 4 && targets.Contains(v))
            .Select(v => (Term: v, Distance: EditDistance.Between(term, v, maxEdits)))
            .Where(x => x.Distance <= maxEdits)
            .OrderBy(x => x.Distance).ThenByDescending(x => index.DocumentFrequency(x.Term)).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Select(x => x.Term)
            .FirstOrDefault() ?? term;
    }
}
