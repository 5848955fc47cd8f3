using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Documents;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// "PMK 49/2025 itu plafon pinjaman kopdes brp?", "isi Inpres 17/2025 apa aja?": a question about a regulation named by its
/// number and year that the knowledge base does not hold is about another text. Its other words ("pinjaman", "gerai",
/// "inpres") still find a passage, whose citation would pass another regulation off as the answer; so it is declined.
/// A regulation is held when it is one of the documents (or named in their titles and amendment notes), or when a passage
/// rests on it ("Sumber: Permenkop UKM No. 2 Tahun 2024", a reference price's legal basis); a passage that only lists many
/// legal bases (the Kemenkeu module's "Dasar Hukum") holds none of their texts.
/// </summary>
public sealed partial class UnknownRegulation
{
    /// <summary>A passage naming this many regulations or more is a list of legal bases, not a text resting on them.</summary>
    private const int ListOfBases = 3;

    private readonly HashSet<(int Number, int Year)> _known;

    public UnknownRegulation(KnowledgeBase knowledge)
    {
        var documents = knowledge.Documents.SelectMany(d => new[] { d.Citation, d.Title, d.Status }.Concat(d.Amendments)).SelectMany(PairsIn);
        var passages = knowledge.Chunks.Select(c => PairsIn(c.Text + "\n" + c.Explanation).Distinct().ToList()).Where(p => p.Count < ListOfBases).SelectMany(p => p);
        _known = documents.Concat(passages).ToHashSet();
    }

    private static IEnumerable<(int, int)> PairsIn(string text) => NumberAndYear().Matches(text.ToLowerInvariant()).Select(Pair);

    /// <summary>True when the question names regulations by number and year (typed, or said: "pmk empat puluh sembilan tahun dua ribu dua puluh lima") and none of them is in the knowledge base.</summary>
    public bool Named(string question)
    {
        var named = NamedRegulation().Matches(SpokenNumbers.ToDigits(ChatNormalizer.Normalize(question))).Select(Pair).ToList();
        return named.Count > 0 && !named.Any(_known.Contains);
    }

    private static (int, int) Pair(Match m) => (int.Parse(m.Groups["n"].Value), int.Parse(m.Groups["y"].Value));

    /// <summary>"25/1992", "Nomor 25 Tahun 1992", "9 tahun 2025".</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,4})\s*(/|tahun)\s*(?<y>(19|20)\d\d)\b")]
    private static partial Regex NumberAndYear();

    /// <summary>A kind of regulation, up to two words ("desa no"), then its number and year: "uu desa no 6/2014", "pmk 49/2025".</summary>
    [GeneratedRegex(@"\b(uu|undang undang|undang-undang|pp|peraturan pemerintah|perpres|peraturan presiden|inpres|instruksi presiden|keppres|keputusan presiden|pmk|permen\w*|kepmen\w*|peraturan menteri|keputusan menteri|perbadan|kepbadan|pojk|perda|perbup|perwal|perdes)\b(\s+[a-z.]+){0,2}?\s*(?<n>\d{1,4})\s*(/|tahun)\s*(?<y>(19|20)\d\d)\b")]
    private static partial Regex NamedRegulation();
}
