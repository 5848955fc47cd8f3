namespace KKMP.Bot.Books;

/// <summary>
/// One item's stock split by what is known of its cost: units with a known purchase cost and their total
/// value (moving average: value ÷ units), and units whose cost nobody recorded (an opname before any
/// purchase price, a /masuk without @harga). Units of unknown cost are never valued at zero; they are
/// reported as "harga pokok belum diketahui".
/// </summary>
public sealed class CostLayers
{
    public decimal KnownQuantity { get; private set; }
    public long KnownValue { get; private set; }
    public decimal UnknownQuantity { get; private set; }
    /// <summary>The last known cost per unit, to value a counted surplus when no costed units are left.</summary>
    public decimal? LastUnitCost { get; private set; }

    public decimal Quantity => KnownQuantity + UnknownQuantity;

    /// <summary>The moving-average cost per base unit, when any is known.</summary>
    public decimal? AverageCost => KnownQuantity > 0 ? (decimal)KnownValue / KnownQuantity : LastUnitCost;

    public void AddKnown(decimal quantity, long value)
    {
        KnownQuantity += quantity;
        KnownValue += value;
        if (quantity > 0) LastUnitCost = (decimal)value / quantity;
    }

    public void AddUnknown(decimal quantity) => UnknownQuantity += quantity;

    /// <summary>
    /// Takes units out. Unknown-cost units go first when <paramref name="unknownFirst"/> (they are the
    /// older stock: counted before any price was known). Known units leave at the average cost; taking
    /// them all takes all their value, so no rounding remainder is ever left behind.
    /// </summary>
    public Taken Take(decimal quantity, bool unknownFirst)
    {
        decimal fromUnknown, fromKnown;
        if (unknownFirst)
        {
            fromUnknown = Math.Min(quantity, Math.Max(UnknownQuantity, 0));
            fromKnown = Math.Min(quantity - fromUnknown, KnownQuantity);
            fromUnknown = quantity - fromKnown; // a shortage (stock never goes negative, but be safe) counts as unknown
        }
        else
        {
            fromKnown = Math.Min(quantity, KnownQuantity);
            fromUnknown = quantity - fromKnown;
        }
        var value = fromKnown == KnownQuantity ? KnownValue : KnownQuantity == 0 ? 0 : Rupiah.Round(KnownValue * fromKnown / KnownQuantity);
        KnownQuantity -= fromKnown;
        KnownValue -= value;
        UnknownQuantity -= fromUnknown;
        return new Taken(fromKnown, value, fromUnknown);
    }

    /// <summary>Puts back exactly what a <see cref="Take"/> took (a reversed sale).</summary>
    public void PutBack(Taken taken)
    {
        KnownQuantity += taken.KnownQuantity;
        KnownValue += taken.Value;
        UnknownQuantity += taken.UnknownQuantity;
    }

    /// <summary>A copy, to read after the original moves on.</summary>
    public CostLayers Copy() => (CostLayers)MemberwiseClone();

    public readonly record struct Taken(decimal KnownQuantity, long Value, decimal UnknownQuantity);
}
