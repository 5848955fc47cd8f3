namespace KKMP.Bot.City;

/// <summary>
/// Stock shown to other cooperatives in steps of 1, 2, 5, 10, 20, 50 … (base units): enough to know whom to
/// ask, never the exact figure.
/// </summary>
public static class StockBands
{
    /// <summary>The smallest step at or above <paramref name="amount"/> (what a search asks for).</summary>
    public static decimal AtLeast(decimal amount) => Steps().First(step => step >= amount);

    /// <summary>The largest step at or below <paramref name="stock"/>, but not under <paramref name="floor"/>.</summary>
    public static decimal Below(decimal stock, decimal floor) => Math.Max(floor, Steps().TakeWhile(step => step <= stock).LastOrDefault());

    private static IEnumerable<decimal> Steps()
    {
        for (var scale = 1m; ; scale *= 10)
        {
            yield return scale;
            yield return 2 * scale;
            yield return 5 * scale;
        }
    }
}
