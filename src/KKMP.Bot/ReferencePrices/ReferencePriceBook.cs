using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Ledger.Documents;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.ReferencePrices;

/// <summary>
/// The official figures of <c>knowledge/harga-acuan.yaml</c> (read with the knowledge base's own
/// <see cref="ReferencePriceList"/>) applied to a cooperative: the entry in force on a day, and the zone
/// its province falls in.
/// </summary>
public sealed partial class ReferencePriceBook
{
    public const string FileName = "harga-acuan.yaml";

    private readonly Lazy<ReferencePriceList> _list;

    public ReferencePriceBook(IOptions<KnowledgeOptions> options) =>
        _list = new(() => Load(Path.Combine(options.Value.ResolvedPath, FileName)));

    public ReferencePriceBook(ReferencePriceList list) => _list = new(list);

    public ReferencePriceList List => _list.Value;

    /// <summary>Commodity ids in the file's order (beras-medium, beras-premium, minyakita, gula, lpg-3kg).</summary>
    public IReadOnlyList<string> Commodities => [.. List.Prices.Select(p => p.Commodity).Distinct()];

    public bool IsKnown(string commodity) => List.Prices.Any(p => p.Commodity == commodity);

    /// <summary>The figure for <paramref name="commodity"/> at <paramref name="cooperative"/> on <paramref name="day"/>; null when none applies there then.</summary>
    public AppliedReferencePrice? For(CooperativeDoc cooperative, string commodity, DateOnly day) =>
        List.InForce(commodity, day) is { } entry && ZoneOf(entry, Provinces.Find(cooperative.Province)) is { } zone
            ? new AppliedReferencePrice(entry, zone) : null;

    /// <summary>Every figure in force for the cooperative's region on a day, in the file's order.</summary>
    public IReadOnlyList<AppliedReferencePrice> InForce(CooperativeDoc cooperative, DateOnly day) =>
        [.. Commodities.Select(c => For(cooperative, c, day)).OfType<AppliedReferencePrice>()];

    /// <summary>
    /// The zone naming the province (or its wider group: "Jawa", "Sumatera lainnya"), else a zone for
    /// the whole country. Without a province only a nationwide zone applies.
    /// </summary>
    public static PriceZone? ZoneOf(ReferencePrice entry, Province? province)
    {
        if (province is not null)
        {
            var words = Provinces.RegionWords(province).ToList();
            var named = entry.Zones.FirstOrDefault(z => RegionsOf(z).Any(region => words.Any(word => Names(region, word))));
            if (named is not null) return named;
        }
        return entry.Zones.FirstOrDefault(z => z.Regions.StartsWith("seluruh Indonesia", StringComparison.OrdinalIgnoreCase));
    }

    // "Sumatera lainnya (Aceh, Sumut, …), NTT, Kalimantan" → Sumatera lainnya, Aceh, Sumut, …, NTT, Kalimantan.
    private static IEnumerable<string> RegionsOf(PriceZone zone) =>
        RegionSeparators().Split(zone.Regions).Select(r => r.Trim()).Where(r => r.Length > 0);

    // "seluruh provinsi Papua" names Papua; "Jawa Timur" does not name "Jawa Barat"'s group "Jawa".
    private static bool Names(string region, string word) =>
        region.Equals(word, StringComparison.OrdinalIgnoreCase) || region.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[,()]")]
    private static partial Regex RegionSeparators();

    private static ReferencePriceList Load(string path) =>
        File.Exists(path) ? ReferencePriceList.Parse(File.ReadAllText(path), FileName) : new ReferencePriceList();
}
