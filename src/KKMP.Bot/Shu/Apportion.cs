namespace KKMP.Bot.Shu;

/// <summary>
/// Splits whole rupiah in proportion to weights without creating or losing a rupiah (the largest remainder
/// method): each share is first rounded down; the rupiah left over go one each to the shares with the largest
/// remainders; equal remainders go in the order given (member number, or the model AD's order of the SHU's
/// parts). So the shares always add up to the total, and none is more than one rupiah from its exact value.
/// </summary>
public static class Apportion
{
    /// <param name="total">Rupiah to split, zero or more.</param>
    /// <param name="weights">Zero or more each; in the order that breaks ties. All zero: nothing is split (all shares 0).</param>
    public static long[] Split(long total, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var shares = new long[weights.Count];
        Int128 sum = 0;
        foreach (var w in weights)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(w);
            sum += w;
        }
        if (sum == 0 || total == 0) return shares;
        var remainders = new Int128[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (Int128)total * weights[i];
            shares[i] = (long)(exact / sum);
            remainders[i] = exact % sum;
            given += shares[i];
        }
        var left = total - given; // fewer than the number of positive weights
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
            shares[i]++;
        return shares;
    }

    /// <summary>Percentages (up to two decimals) as whole weights: 2,5 % → 250.</summary>
    public static long[] Split(long total, IReadOnlyList<decimal> percentages) =>
        Split(total, percentages.Select(p => (long)decimal.Round(p * 100)).ToArray());
}
