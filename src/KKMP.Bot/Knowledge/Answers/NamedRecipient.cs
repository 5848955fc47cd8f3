using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// An instruction with one part per recipient ("Inpres 9/2025 Diktum KETUJUH Para Gubernur", "… Para Bupati/Wali Kota"): the parts
/// say much the same (both budget the notary's deed) and name each other ("pembinaan terhadap bupati/wali kota"), so a question
/// naming who acts or pays ("dibayarin pemkab", "wali kota diinstruksiin apa?") is answered by that recipient's own part, not by
/// another recipient's part that scored higher because it mentions the named one.
/// </summary>
public static partial class NamedRecipient
{
    /// <summary>The part addressed to the recipient the question names, when the best part's recipient is not named; else <paramref name="top"/>.</summary>
    public static Passage Lead(string question, Passage top, IReadOnlyList<Passage> passages)
    {
        var text = ChatNormalizer.Normalize(question);
        var named = passages.Where(p => p != top && Recipient(top, p) is { } recipient && Names(text, recipient)).ToList();
        return named.Count == 0 || Names(text, Recipient(named[0], top)!) ? top : named[0];
    }

    /// <summary>
    /// "katanya pemda ada bantuan notaris?": the regional government named without its level is every regional recipient, so the
    /// other regional recipients' parts the search found follow the best one.
    /// </summary>
    public static IReadOnlyList<Passage> AlsoRegional(string question, Passage top, IReadOnlyList<Passage> passages)
    {
        if (!RegionalGovernment().IsMatch(ChatNormalizer.Normalize(question))) return [];
        var siblings = passages.Where(p => p != top && Recipient(top, p) is not null).ToList();
        if (siblings.Count == 0 || !IsRegional(Recipient(siblings[0], top)!)) return [];
        return [.. siblings.Where(p => IsRegional(Recipient(top, p)!))];
    }

    private static bool IsRegional(string recipient) => Offices(recipient).Any(Governments.ContainsKey);

    /// <summary>"Para Bupati/Wali Kota" → "bupati", "wali kota".</summary>
    private static IEnumerable<string> Offices(string recipient) =>
        recipient.ToLowerInvariant().Split('/').Select(name => Regex.Replace(name, @"^\s*para\s+", "").Trim());

    [GeneratedRegex(@"\b(pemerintah daerah|kepala daerah|pemda)\b")]
    private static partial Regex RegionalGovernment();

    /// <summary>
    /// What <paramref name="part"/>'s citation adds after the words it shares with <paramref name="other"/>'s, when both are parts of
    /// one numbered unit of one summarised or transcribed instruction ("Para Bupati/Wali Kota"); else null.
    /// </summary>
    private static string? Recipient(Passage other, Passage part)
    {
        if (part.Kind is not (PassageKind.Summary or PassageKind.Transcription) || part.Kind != other.Kind
            || part.DocumentId != other.DocumentId || part.Citation == other.Citation) return null;
        var (mine, theirs) = (part.Citation.Split(' '), other.Citation.Split(' '));
        var shared = mine.Zip(theirs).TakeWhile(w => w.First == w.Second).Count();
        // The shared words must go beyond the document's own citation ("Inpres 9/2025"): two parts of one diktum, not two diktums.
        var document = part.SourceLine.Split(" — ")[0].Split(' ').Length;
        // A recipient is named in words ("Para Gubernur"); a numbered part ("angka 2", "huruf k") is no recipient.
        var recipient = string.Join(' ', mine.Skip(shared));
        return shared > document && shared < theirs.Length && recipient.Length > 0 && !recipient.Any(char.IsDigit) ? recipient : null;
    }

    /// <summary>Whether the question names one of the recipient's offices ("Bupati", "Wali Kota") or the government it heads ("pemkab").</summary>
    private static bool Names(string normalizedQuestion, string recipient) =>
        Offices(recipient)
            .SelectMany(office => Governments.TryGetValue(office, out var words) ? [office, .. words] : new[] { office })
            .Any(word => Regex.IsMatch(normalizedQuestion, $@"\b{Regex.Escape(word)}\b"));

    /// <summary>An office named by the government it heads, as officers say it ("dibayarin pemkab", "pemprov bantu gk?").</summary>
    private static readonly Dictionary<string, string[]> Governments = new()
    {
        ["bupati"] = ["kabupaten", "pemkab"],
        ["wali kota"] = ["walikota", "kota", "pemkot"],
        ["gubernur"] = ["provinsi", "pemprov"],
    };
}
