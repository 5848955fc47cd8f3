namespace KKMP.Bot.Books;

/// <summary>The one rounding rule of the books: whole rupiah, half away from zero (as at a till).</summary>
public static class Rupiah
{
    public static long Round(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);

    /// <summary>Quantity × price per unit, rounded.</summary>
    public static long Times(decimal quantity, long price) => Round(quantity * price);
}
