using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Commands.Confirmation;

/// <summary>One reason to ask before writing: null when the write looks usual, else a short Indonesian reason ("" for none worth saying).</summary>
public sealed record RiskRule(string Name, Func<WriteEffect, string?> Reason);

/// <summary>
/// Writes that are legal but probably a typo, so the bot shows the effect and asks first. A later
/// feature adds its own rule here.
/// </summary>
public static class RiskRules
{
    /// <summary>More than this fraction away from the usual is unusual (0,5 = 50 %).</summary>
    public const decimal FarFraction = 0.5m;

    /// <summary>Above this many base units is unusual for a village shop whatever the item's history.</summary>
    public const decimal LargeQuantity = 1000m;

    /// <summary>This many times the item's typical entry is unusual.</summary>
    public const decimal TypicalTimes = 10m;

    public static IReadOnlyList<RiskRule> All { get; } =
    [
        new("price far from usual", e =>
            e is { TypedPrice: { } typed, UsualPrice: { } usual } && usual > 0 && Math.Abs(typed - usual) > FarFraction * usual
                ? $"{e.UsualPriceName} {Say.Rupiah(usual)}/{e.Unit}." : null),
        new("large quantity", e => e.Quantity is { } q && q > LargeQuantity ? $"Jumlah di atas {Say.Quantity(LargeQuantity, e.Unit)}." : null),
        new("quantity far above typical", e =>
            e is { Quantity: { } q, TypicalQuantity: { } typical } && q <= LargeQuantity && q > TypicalTimes * typical
                ? $"Biasanya sekitar {Say.Quantity(typical, e.Unit)} sekali catat." : null),
        new("count changes stock by more than half", e =>
            e.Command is StockCount && e is { StockBefore: { } before and > 0, StockAfter: { } after } && Math.Abs(after - before) > before / 2
                ? "Stok berubah lebih dari separuh." : null),
        new("price change above half", e =>
            e is { PriceBefore: { } before and > 0, PriceAfter: { } after } && Math.Abs(after - before) > FarFraction * before
                ? $"Harga berubah {Say.Number(Math.Round(Math.Abs(after - before) * 100m / before))} %." : null),
        new("price above an official ceiling", e =>
            e is { Reference: { } reference, PriceAfter: { } after } && reference.IsBreachedBy(after)
                ? $"Harga {Say.Rupiah(after)}/{e.Unit} {reference.Breach}." : null),
        new("undo read from words", e => e.Command is Undo { FromWords: true } ? "" : null),
        new("buyer named is no member", e => e.Command is Sale { NamedNonMember: { } named }
            ? $"Tidak ada anggota bernama \"{named}\", jadi dicatat sebagai penjualan bukan anggota." : null),
        // The preview itself is the question ("Maksudnya: jual beras 5 kg …?"): a guessed reading is never written unasked.
        new("read with a guess", e => e.Command.Guessed ? "" : null),
        // The books would show money that is not in the drawer; sometimes it is (an unrecorded sale, a loan from a board member).
        new("cash below zero", e => e is { CashBefore: { } before, CashAfter: { } after and < 0 }
            ? $"Kas menjadi minus: saldo {Say.Rupiah(before)} → {Say.Rupiah(after)}. Kalau ada uang masuk yang belum dicatat, catat dulu ({BookRules.CashInExample})." : null),
    ];

    /// <summary>The reasons that apply (empty: write without asking).</summary>
    public static IReadOnlyList<string> Reasons(WriteEffect effect) =>
        [.. All.Select(rule => rule.Reason(effect)).OfType<string>()];
}
