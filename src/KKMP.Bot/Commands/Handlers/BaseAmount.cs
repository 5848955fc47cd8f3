using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// The grammar checks the number as typed; the ledger stores it in the item's base unit. "12.500 sak"
/// of beras is 312.500 kg and "2,5 g" of telur is 0,0025 kg, so the bounds are checked again on the
/// converted amount.
/// </summary>
public static class BaseAmount
{
    public static string? Problem(Quantity typed, decimal baseQuantity, ItemDoc item, string example)
    {
        var shown = $"{Say.Quantity(typed.Amount, typed.Unit ?? item.BaseUnit)} = {Say.Quantity(baseQuantity, item.BaseUnit)}";
        if (baseQuantity > Limits.MaxQuantity)
            return $"Jumlah terlalu besar untuk satu catatan: {shown} (paling banyak {Say.Quantity(Limits.MaxQuantity, item.BaseUnit)}). Contoh: {example}";
        if (baseQuantity != Math.Round(baseQuantity, Limits.MaxQuantityDecimals))
            return $"Jumlah terlalu kecil untuk dicatat: {Exact(typed.Amount)} {typed.Unit} = {Exact(baseQuantity)} {item.BaseUnit} " +
                   $"(paling banyak {Limits.MaxQuantityDecimals} angka di belakang koma dalam {item.BaseUnit}). Contoh: {example}";
        return null;
    }

    /// <summary>Every decimal shown ("0,0025"): the usual format rounds to the three decimals that are allowed.</summary>
    private static string Exact(decimal value) => value.ToString("#,0.############################", Indonesian);

    private static readonly System.Globalization.CultureInfo Indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
}
