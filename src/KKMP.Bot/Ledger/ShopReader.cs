using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>The read-only shop view the assistant's plugins get. Every call is scoped by koperasi id.</summary>
public sealed class ShopReader(Catalog catalog, ItemResolver resolver, CooperativeDirectory cooperatives) : IShopReader
{
    public CooperativeInfo? GetCooperative(string koperasiId) =>
        cooperatives.Get(koperasiId) is { } c ? new CooperativeInfo(c.Id, c.Name, c.Village, c.City, c.TimeZone, c.IsDemo) : null;

    public IReadOnlyList<PriceLine> ListPrices(string koperasiId) =>
        catalog.ListItems(koperasiId).Where(i => i.PriceRupiah is not null).Select(ToPriceLine).ToList();

    public PriceLookup FindPrice(string koperasiId, string itemQuery) => resolver.Resolve(koperasiId, itemQuery) switch
    {
        ItemResolution.Found(var item) => new PriceLookup(ToPriceLine(catalog.GetItem(koperasiId, item.Id) ?? item), []),
        ItemResolution.Ambiguous(var candidates) => new PriceLookup(null, candidates.Select(c => c.Name).ToList()),
        // Only a close name is offered: the nearest name of something unsold ("emas" → Beras) would read as "did you mean".
        ItemResolution.NotFound(var closest) notFound => new PriceLookup(null, closest is not null && notFound.IsClose ? [closest.Name] : []),
        _ => new PriceLookup(null, []),
    };

    public IReadOnlyList<StockLine> ListStock(string koperasiId) => catalog.ListItems(koperasiId).Select(ToStockLine).ToList();

    internal static PriceLine ToPriceLine(ItemDoc item) =>
        new(item.Name, item.BaseUnit, item.PriceRupiah ?? 0,
            item.PriceSinceUtc is { } since ? new DateTimeOffset(since.ToUniversalTime()) : null);

    internal static StockLine ToStockLine(ItemDoc item) => new(item.Name, item.BaseUnit, item.Stock, item.LowStockLevel);
}
