namespace KKMP.Bot.Books;

/// <summary>The books round money by the ledger's one rule (<see cref="Ledger.Money"/>: whole rupiah, half away from zero).</summary>
public static class Rupiah
{
    public static long Round(decimal amount) => Ledger.Money.Round(amount);

    /// <summary>Quantity × price per unit, rounded.</summary>
    public static long Times(decimal quantity, long price) => Ledger.Money.Times(quantity, price);
}
