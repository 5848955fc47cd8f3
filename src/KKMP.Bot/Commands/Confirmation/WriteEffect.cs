using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Confirmation;

/// <summary>
/// What a write would do, worked out before it runs: the facts <see cref="RiskRules"/> judge, and the
/// question shown when one of them finds it unusual. Quantities are in the item's base unit, prices per base unit.
/// </summary>
public sealed record WriteEffect(Command Command, string Question)
{
    public ItemDoc? Item { get; init; }
    public string Unit => Item?.BaseUnit ?? "";

    /// <summary>Sale or receipt quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The price (sale) or cost (receipt) typed with the entry.</summary>
    public decimal? TypedPrice { get; init; }

    /// <summary>What <see cref="TypedPrice"/> is compared with: the selling price, or the average cost of receipts when known.</summary>
    public long? UsualPrice { get; init; }

    /// <summary>"Harga biasa", "Harga beli rata-rata": what <see cref="UsualPrice"/> is.</summary>
    public string UsualPriceName { get; init; } = "Harga biasa";

    /// <summary>The median quantity of the item's recent entries of this kind.</summary>
    public decimal? TypicalQuantity { get; init; }

    public decimal? StockBefore { get; init; }
    public decimal? StockAfter { get; init; }

    /// <summary>A price change: the price before and after, per base unit.</summary>
    public long? PriceBefore { get; init; }
    public long? PriceAfter { get; init; }

    /// <summary>Cash on hand before and after a cash entry that takes money out.</summary>
    public long? CashBefore { get; init; }
    public long? CashAfter { get; init; }

    /// <summary>The official figure in force for the item's commodity in the cooperative's zone, when the item is mapped to one.</summary>
    public ReferencePrices.AppliedReferencePrice? Reference { get; init; }
}
