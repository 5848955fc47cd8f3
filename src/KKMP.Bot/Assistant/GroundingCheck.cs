using System.Text.RegularExpressions;
using KKMP.Bot.Assistant.Plugins;

namespace KKMP.Bot.Assistant;

/// <param name="Unsupported">Citations in the answer that no passage of this turn backs, as written by the model.</param>
public sealed record GroundingVerdict(bool IsGrounded, IReadOnlyList<string> Unsupported, string Reason);

/// <summary>
/// Checks a model's regulation answer against the passages it was shown in this turn: every
/// Pasal (and ayat), every regulation (UU/PP/… number/year) and every passage id it cites must be
/// among them, and it must cite at least one. Anything else is treated as invented.
/// </summary>
public static partial class GroundingCheck
{
    public static GroundingVerdict Check(string answer, IReadOnlyList<PassageView> passages)
    {
        var allowedText = string.Join("\n", passages.Select(p => $"{p.Citation}\n{p.AmendmentNote}\n{p.Source}"));
        // The amending article named in a note ("diubah oleh UU 6/2023 (Pasal 86 angka 1)") may be cited too.
        var allowedArticles = Articles(string.Join("\n", passages.Select(p => $"{p.Citation}\n{p.AmendmentNote}"))).ToList();
        var allowedDocuments = Documents(allowedText).ToHashSet();
        var unsupported = new List<string>();
        var supported = 0;

        foreach (Match m in PassageId().Matches(answer))
            Tally(passages.Any(p => p.Id == "P" + m.Groups[1].Value), m.Value);
        foreach (var (pasal, ayat, written) in Articles(answer))
            Tally(allowedArticles.Any(a => a.Pasal == pasal && (ayat is null || a.Ayat is null || a.Ayat == ayat)), written);
        foreach (Match m in Document().Matches(answer))
            Tally(allowedDocuments.Contains(Normalise(m)), m.Value);

        if (unsupported.Count > 0)
            return new(false, unsupported, "cites what no retrieved passage contains");
        return supported > 0 ? new(true, [], "ok") : new(false, [], "cites nothing");

        void Tally(bool ok, string written)
        {
            if (ok) supported++;
            else unsupported.Add(written);
        }
    }

    private static IEnumerable<(string Pasal, string? Ayat, string Written)> Articles(string text) =>
        Article().Matches(text).Select(m => (
            m.Groups["pasal"].Value.ToUpperInvariant(),
            m.Groups["ayat"].Success ? m.Groups["ayat"].Value.ToLowerInvariant() : null,
            m.Value));

    private static IEnumerable<string> Documents(string text) => Document().Matches(text).Select(Normalise);

    private static string Normalise(Match m) => $"{m.Groups["kind"].Value.ToUpperInvariant()} {m.Groups["no"].Value}/{m.Groups["year"].Value}";

    [GeneratedRegex(@"\bPasal\s+(?<pasal>\d+[A-Z]?)(?:\s+ayat\s*\(?(?<ayat>\d+[a-z]?)\)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(?<kind>UU|PP|Perpres|Inpres|Permenkop(?:UKM)?|Permen\w*)\s*(?:No\.?|Nomor)?\s*(?<no>\d+)\s*(?:/|\s+Tahun\s+)(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Document();

    [GeneratedRegex(@"\[P(\d+)\]")]
    private static partial Regex PassageId();
}

/// <summary>
/// Checks a model's shop answer: it must have called a shop function in this turn (a model that
/// ignores tools would be guessing), and every rupiah amount it states must come from those calls.
/// </summary>
public static partial class ShopGroundingCheck
{
    public static bool CalledShopFunction(TurnEvidence evidence) =>
        evidence.Calls.Any(c => !c.StartsWith(RegulationsPlugin.Name + "-", StringComparison.Ordinal));

    public static GroundingVerdict Check(string answer, TurnEvidence evidence)
    {
        var known = evidence.Prices.ToHashSet();
        var invented = Amount().Matches(answer)
            .Where(m => !known.Contains(long.Parse(m.Groups[1].Value.Replace(".", "").Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)))
            .Select(m => m.Value)
            .ToList();
        return invented.Count == 0 ? new(true, [], "ok") : new(false, invented, "states prices no function returned");
    }

    [GeneratedRegex(@"Rp\.?\s?(\d{1,3}(?:[.,]\d{3})+|\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
