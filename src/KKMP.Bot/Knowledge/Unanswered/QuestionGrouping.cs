using System.Text;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Knowledge.Unanswered;

/// <summary>
/// Groups near-identical question texts for the board's list: the same words ignoring case,
/// punctuation and spacing, or a few typed letters apart ("jam buka gerai?" and "jam bukak gerai").
/// </summary>
public static class QuestionGrouping
{
    public static IReadOnlyList<(string Text, int Count, double BestScore)> MostFrequent(IEnumerable<UnansweredQuestion> questions, int top)
    {
        var groups = new List<(string Key, List<UnansweredQuestion> Members)>();
        foreach (var same in questions.GroupBy(q => Key(q.Text)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var near = groups.FindIndex(g => AreNear(g.Key, same.Key));
            if (near < 0) groups.Add((same.Key, [.. same]));
            else groups[near].Members.AddRange(same);
        }
        return groups
            // The wording shown is the latest one asked: the board reads it as users write it.
            .Select(g => (Text: g.Members.MaxBy(q => q.At)!.Text, Count: g.Members.Count, BestScore: g.Members.Max(q => q.BestScore)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Text, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    /// <summary>Lower-case letters and digits, one space between words.</summary>
    public static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
            else if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
        }
        return key.ToString().TrimEnd();
    }

    // One slip per ten letters: typos, not a different question ("rat kapan" vs "shu kapan" stay apart).
    private static bool AreNear(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= 2 && EditDistance.Between(a, b) <= Math.Max(1, Math.Min(a.Length, b.Length) / 10);
}
