using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Books;

/// <summary>
/// The one rule for a titip jual sale: the supplier is owed sold × agreed price less the commission, the
/// commission being a percentage of sold × agreed price, rounded once per sale. The journal and the
/// settlement both use it, so they cannot disagree.
/// </summary>
public static class ConsignmentMath
{
    /// <summary>Sold × agreed price, whole rupiah.</summary>
    public static long AgreedValue(decimal quantity, ConsignmentTerms terms) => Rupiah.Round(quantity * terms.AgreedPriceRupiah);

    public static long Commission(decimal quantity, ConsignmentTerms terms) =>
        Rupiah.Round(AgreedValue(quantity, terms) * terms.CommissionPercent / 100m);

    /// <summary>What the cooperative owes the supplier for <paramref name="quantity"/> sold.</summary>
    public static long Owed(decimal quantity, ConsignmentTerms terms) => AgreedValue(quantity, terms) - Commission(quantity, terms);
}

/// <summary>One titip jual sale as the settlement reads it: sold × agreed price, the commission and what the supplier is owed.</summary>
public sealed record ConsignmentSale(string Supplier, int ItemId, decimal Quantity, long AgreedValue, long Commission, long Owed)
{
    public static ConsignmentSale Of(int itemId, decimal quantity, ConsignmentTerms terms) =>
        new(terms.Supplier, itemId, quantity, ConsignmentMath.AgreedValue(quantity, terms), ConsignmentMath.Commission(quantity, terms),
            ConsignmentMath.Owed(quantity, terms));

    /// <summary>The same sale undone (/batal): every figure negated.</summary>
    public ConsignmentSale Negated() => this with { Quantity = -Quantity, AgreedValue = -AgreedValue, Commission = -Commission, Owed = -Owed };
}
