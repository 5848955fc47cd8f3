using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// The grammar's bounds, checked again where commands are handled: handlers can also be reached
/// with records built in code, and a bad number must never reach the ledger.
/// </summary>
public static class EntryChecks
{
    public static string? Quantity(decimal amount, string example) =>
        amount <= 0 ? $"Jumlah harus lebih dari nol. Contoh: {example}"
        : amount > Limits.MaxQuantity ? $"Jumlah {Say.Number(amount)} terlalu besar untuk satu catatan. Contoh: {example}"
        : null;

    public static string? Price(long price, string example) =>
        price <= 0 ? $"Harga harus lebih dari nol. Contoh: {example}"
        : price > Limits.MaxPrice ? $"Harga {Say.Rupiah(price)} terlalu besar. Contoh: {example}"
        : null;
}
