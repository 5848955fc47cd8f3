namespace KKMP.Bot.Assistant.Plugins;

/// <summary>Why a shop read returned what it did; the offline formatter turns each into an Indonesian sentence.</summary>
public enum ShopStatus
{
    Ok,
    /// <summary>The asker is not linked to any cooperative yet.</summary>
    NotLinked,
    NotFound,
    /// <summary>Several items match; see the candidates.</summary>
    Ambiguous,
    /// <summary>The asker's role may not see this.</summary>
    NotAllowed,
}

public sealed record PriceView(string Item, string Unit, long PriceRupiah, DateTimeOffset? Since);

public sealed record PriceResult(ShopStatus Status, string Query, PriceView? Price, IReadOnlyList<string> Candidates);

public sealed record PriceListResult(ShopStatus Status, string? Cooperative, IReadOnlyList<PriceView> Prices);

public sealed record StockView(string Item, string Unit, decimal Quantity, bool IsLow);

public sealed record StockResult(ShopStatus Status, string? Cooperative, IReadOnlyList<StockView> Stock);

public sealed record CooperativeResult(ShopStatus Status, string? Name, string? Village, string? City, string? TimeZone, string? Role);
