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
        if (index.DocumentFrequency(term) > 0 || term.Any(char.IsDigit)) return term;
        if (MalayForm(term, index) is { } standard) return standard;
        if (term.Length < 6) return term;
        return index.Corrections.GetOrAdd(term, t => Nearest(t, index, targets));
    }

    /// <summary>
    /// Riau, Kepri, Palembang and Bangka Malay say a final -a as -e and "-nya" as "-nye" ("harge gule", "warge", "angkenye"): an
    /// unknown word read that way is the standard word when the index knows it. A regular sound change, not a typo, so short words
    /// and story words are read too; a word the index knows as typed ("tipe", "mode") is never touched.
    /// </summary>
    private static string? MalayForm(string term, RegulationIndex index)
    {
        var stem = term.Length >= 6 && term.EndsWith("nye", StringComparison.Ordinal) ? term[..^3] : term;
        if (stem != term && index.DocumentFrequency(stem) > 0) return stem;
        if (stem.Length < 4 || stem[^1] != 'e') return null;
        var standard = stem[..^1] + "a";
        return index.DocumentFrequency(standard) > 0 ? standard : null;
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
