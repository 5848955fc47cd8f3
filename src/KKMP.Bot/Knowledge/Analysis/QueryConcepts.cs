using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// One idea of a question, e.g. "RAT": the ways it can be written (each already analysed into
/// index terms), the first being what the user typed.
/// </summary>
/// <param name="Aside">Said only in the story around the question ("kemarin ada anggota yg protes, …"), not in the asked part (<see cref="QuestionFrame"/>).</param>
/// <param name="NamesSource">Says where to look rather than what is asked: "AD" in "di AD kopdes kita …" names the model articles.</param>
public sealed record Concept(string Surface, IReadOnlyList<IReadOnlyList<string>> Alternatives, bool Aside = false, bool NamesSource = false);

/// <summary>
/// Splits a question into concepts: chat spelling normalised, domain phrases recognised (longest
/// first) and expanded with their synonyms, everything analysed with the index's analyzer;
/// concepts that are only stop words disappear.
/// </summary>
public sealed partial class QueryConcepts(Analyzer analyzer, IReadOnlyList<string[]> synonymGroups, bool normalizeChat = true)
{
    private const int LongestPhrase = 4;

    /// <summary>A phrase listed in several groups is searched with the first of them.</summary>
    private readonly Dictionary<string, string[]> _groupOf = synonymGroups
        .SelectMany(g => g.Select(p => (Phrase: Phrase(p), Group: g)))
        .GroupBy(x => x.Phrase)
        .ToDictionary(x => x.Key, x => x.First().Group);

    /// <summary>Synonym phrases analysed once: a question only analyses the words the user typed.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _analysed = new(StringComparer.Ordinal);

    private IReadOnlyList<string> Analyse(string phrase, bool fromGroup) =>
        fromGroup ? _analysed.GetOrAdd(phrase, p => IndonesianAnalysis.Terms(analyzer, p)) : IndonesianAnalysis.Terms(analyzer, phrase);

    public IReadOnlyList<Concept> Parse(string question)
    {
        var text = normalizeChat ? ChatNormalizer.Normalize(question) : question.ToLowerInvariant();
        var matches = Word().Matches(text);
        var words = matches.Select(m => m.Value).ToList();
        var asked = QuestionFrame.AskedWords(text, matches);
        var speakers = QuestionFrame.Speakers(words);
        var relatives = QuestionFrame.OwnRelatives(words);
        var concepts = new List<Concept>();
        for (var i = 0; i < words.Count;)
        {
            // "kata pak carik …": who said the claim is not what it is about.
            if (speakers.Contains(i) || relatives.Contains(i)) { i++; continue; }
            var (length, group) = LongestGroupAt(words, i);
            var surface = string.Join(' ', words.Skip(i).Take(Math.Max(length, 1)));
            var phrases = group is null ? [surface] : new[] { surface }.Concat(group.Where(p => Phrase(p) != surface));
            var alternatives = phrases
                .Select(p => Analyse(p, group is not null))
                .Where(t => t.Count > 0)
                .DistinctBy(t => string.Join(' ', t))
                .ToList();
            var aside = !Enumerable.Range(i, Math.Max(length, 1)).Any(asked.Contains);
            var same = concepts.FindIndex(c => SameTerms(c, alternatives));
            if (alternatives.Count > 0 && same < 0)
                concepts.Add(new Concept(surface, alternatives, aside));
            else if (same >= 0 && !aside && concepts[same].Aside)
                concepts[same] = concepts[same] with { Aside = false };   // said in the story and asked again: asked
            i += Math.Max(length, 1);
        }
        return concepts;
    }

    private (int Length, string[]? Group) LongestGroupAt(List<string> words, int start)
    {
        for (var length = Math.Min(LongestPhrase, words.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            if (_groupOf.TryGetValue(phrase, out var group)) return (length, group);
            // "ada batas waktunya?": the possessive on a phrase's last word does not hide the phrase ("batas waktu").
            if (length > 1 && phrase.EndsWith(Possessive, StringComparison.Ordinal) && _groupOf.TryGetValue(phrase[..^Possessive.Length], out group)) return (length, group);
        }
        // "suaranya boleh dititip": a modal word inside a phrase does not split it ("suaranya dititip" is "titip suara").
        if (Modals.Contains(words[start])) return (0, null);
        var kept = Enumerable.Range(start, Math.Min(LongestPhrase + 2, words.Count - start)).Where(i => i == start || !Modals.Contains(words[i])).Take(LongestPhrase).ToList();
        for (var count = kept.Count; count >= 2; count--)
        {
            var span = kept[count - 1] - start + 1;
            if (span == count) continue;   // no modal inside: tried above
            if (_groupOf.TryGetValue(string.Join(' ', kept.Take(count).Select(i => words[i])), out var group)) return (span, group);
        }
        return (0, null);
    }

    private const string Possessive = "nya";

    /// <summary>Modal and aspect words that chat puts inside a phrase ("suaranya boleh dititip", "anggota bisa diberhentikan").</summary>
    private static readonly HashSet<string> Modals = ["boleh", "bisa", "dapat", "mau", "harus", "sudah", "juga", "saja", "sih", "memang"];

    private static bool SameTerms(Concept concept, List<IReadOnlyList<string>> alternatives) =>
        concept.Alternatives.Select(a => string.Join(' ', a)).Order().SequenceEqual(alternatives.Select(a => string.Join(' ', a)).Order());

    private static string Phrase(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
