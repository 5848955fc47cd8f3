namespace KKMP.Bot.Ledger;

/// <summary>
/// Read-only view of one cooperative's shop: what the assistant's plugins may see.
/// Every call is scoped by <c>koperasiId</c>.
/// </summary>
public interface IShopReader
{
    CooperativeInfo? GetCooperative(string koperasiId);

    IReadOnlyList<PriceLine> ListPrices(string koperasiId);

    /// <summary>Finds an item by name, alias or small typo; <see cref="PriceLookup.Candidates"/> lists choices when ambiguous.</summary>
    PriceLookup FindPrice(string koperasiId, string itemQuery);

    IReadOnlyList<StockLine> ListStock(string koperasiId);
}

public sealed record CooperativeInfo(string Id, string Name, string Village, string City, string TimeZone, bool IsDemo);

public sealed record PriceLine(string ItemName, string Unit, long PriceRupiah, DateTimeOffset? Since);

public sealed record PriceLookup(PriceLine? Match, IReadOnlyList<string> Candidates);

public sealed record StockLine(string ItemName, string Unit, decimal Quantity, decimal? LowStockLevel);
