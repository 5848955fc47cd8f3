using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>
/// An item's selling price as the exact fraction it was set as (Rp190.000 per 12 liter), so that
/// "/setharga minyak 190.000/dus" sells and reads back Rp190.000 per dus, not 12 × Rp15.833.
/// </summary>
public static class ItemPrices
{
    /// <summary>Rupiah for a quantity in base units (multiply first, divide last, round once), or null when unpriced.</summary>
    public static long? Amount(ItemDoc item, decimal baseQuantity) =>
        item.PriceAmount is { } amount && item.PriceQuantity is { } per and > 0
            ? Money.Round(baseQuantity * amount / per)
            : item.PriceRupiah is { } price ? Money.Times(baseQuantity, price) : null;

    /// <summary>Sets the price from what was typed: <paramref name="price"/> for one unit of <paramref name="baseUnitsPerUnit"/> base units.</summary>
    public static void Set(ItemDoc item, long price, decimal baseUnitsPerUnit, string? unit)
    {
        item.PriceAmount = price;
        item.PriceQuantity = baseUnitsPerUnit;
        item.PriceUnit = unit ?? item.BaseUnit;
        item.PriceRupiah = Money.Round(price / baseUnitsPerUnit);
    }

    /// <summary>True when the price is already exactly this (the same rupiah per base unit, as a fraction).</summary>
    public static bool IsAlready(ItemDoc item, long price, decimal baseUnitsPerUnit) =>
        item.PriceAmount is { } amount && item.PriceQuantity is { } per
            ? amount * baseUnitsPerUnit == price * per
            : item.PriceRupiah * baseUnitsPerUnit == price;
}
