namespace KKMP.Bot.Ledger;

/// <summary>
/// The one rounding rule for money: amounts are whole rupiah, and anything in between is rounded
/// half away from zero, as at a till (Rp12.500,5 → Rp12.501). Every conversion from a computed
/// amount to rupiah goes through here.
/// </summary>
public static class Money
{
    public static long Round(decimal rupiah) => (long)Math.Round(rupiah, MidpointRounding.AwayFromZero);

    /// <summary>Quantity × price per unit.</summary>
    public static long Times(decimal quantity, long price) => Round(quantity * price);
}
