using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.ReferencePrices;

namespace KKMP.Bot.City;

/// <summary>One cooperative's line in /bandingkan: its item's price, the official figure beside it, and its stock.</summary>
public sealed record ComparedItem(string KoperasiId, string Name, string ItemName, string Unit, long? PriceRupiah, decimal Stock, AppliedReferencePrice? Reference)
{
    public bool AboveCeiling => PriceRupiah is { } price && Reference?.IsBreachedBy(price) == true;
}

/// <summary>An item across a city's cooperatives: those that sell it (cheapest first) and those that do not.</summary>
public sealed record Comparison(string CityId, DateOnly Day, IReadOnlyList<ComparedItem> Rows, IReadOnlyList<CooperativeDoc> NotSelling)
{
    /// <summary>A name some cooperative has close to what was typed, when none sells it ("bras" → beras).</summary>
    public string? Closest { get; init; }

    /// <summary>Cooperatives where the name fits several items ("beras": beras medium, beras premium): named, never guessed.</summary>
    public IReadOnlyList<(CooperativeDoc Cooperative, IReadOnlyList<string> Names)> Unclear { get; init; } = [];
}

/// <summary>
/// /bandingkan: the same item in every cooperative of a city. Each cooperative names its items itself, so
/// the typed name is matched against each catalogue, or a commodity id (beras-medium) against the mappings.
/// </summary>
public sealed class CityComparison(CityScope scope, Catalog catalog, ItemResolver resolver, ReferencePriceBook references, Recaps recaps)
{
    /// <returns>Null when the city has no cooperative.</returns>
    public Comparison? Compare(string cityId, string typed)
    {
        var members = scope.CooperativesOf(cityId);
        if (members.Count == 0) return null;
        var today = recaps.Today(members[0].Id); // a city lies in one time zone
        var byCommodity = references.IsKnown(typed.ToLowerInvariant());
        var rows = new List<ComparedItem>();
        var notSelling = new List<CooperativeDoc>();
        var closest = new List<string>();
        var unclear = new List<(CooperativeDoc, IReadOnlyList<string>)>();
        foreach (var cooperative in members)
        {
            var resolution = byCommodity
                ? catalog.CatalogueForMatching(cooperative.Id).FirstOrDefault(i => i.Commodity == typed.ToLowerInvariant()) is { } mapped
                    ? new ItemResolution.Found(mapped) : new ItemResolution.NotFound(null)
                : resolver.Resolve(cooperative.Id, typed);
            switch (resolution)
            {
                // The matching catalogue is cached and its stock stale: read the item with its current stock.
                case ItemResolution.Found(var match) when catalog.GetItem(cooperative.Id, match.Id) is { } current:
                    rows.Add(new ComparedItem(cooperative.Id, cooperative.Name, current.Name, current.BaseUnit, current.PriceRupiah, current.Stock,
                        current.Commodity is { } commodity ? references.For(cooperative, commodity, today) : null));
                    break;
                case ItemResolution.Ambiguous(var candidates):
                    unclear.Add((cooperative, [.. candidates.Select(c => c.Name.ToLowerInvariant()).Order(StringComparer.Ordinal)]));
                    break;
                case ItemResolution.NotFound { IsClose: true, Closest: { } near }:
                    closest.Add(near.Name.ToLowerInvariant());
                    notSelling.Add(cooperative);
                    break;
                default:
                    notSelling.Add(cooperative);
                    break;
            }
        }
        return new Comparison(cityId, today,
            [.. rows.OrderBy(r => r.PriceRupiah ?? long.MaxValue).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)], notSelling)
        {
            Closest = rows.Count == 0 ? closest.GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() : null,
            Unclear = unclear,
        };
    }
}
