using KKMP.Bot.Books;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// /batal: appends the reverse of the user's own newest entry, a stock entry or a cash entry (/kas, /biaya,
/// /simpanan), whichever was written last; nothing is deleted.
/// </summary>
public sealed class UndoHandler(StockBook stock, CashBook cash, ChartOfAccounts chart)
{
    public Reply Undo(CommandContext context) =>
        NewestIsCash(context.Origin) ? UndoCash(context) : Replies.From(stock.ReverseLast(context.Origin,
            nothingToUndo: NothingToUndo,
            wouldGoNegative: (item, original) =>
                $"Tidak bisa dibatalkan: stok {item.Name.ToLowerInvariant()} tinggal {Say.Quantity(item.Stock, item.BaseUnit)}, " +
                $"kurang dari {Say.Quantity(original.Delta, item.BaseUnit)} yang dulu dicatat. Periksa stok dengan /stok",
            describe: (item, original, _) =>
                $"Dibatalkan: {Describe(original, item)}. Stok sekarang {Say.Quantity(item.Stock, item.BaseUnit)}."));

    /// <summary>/batal reverses stock and cash entries: say so, and how a wrong price is fixed instead.</summary>
    public const string NothingToUndo =
        "Tidak ada catatan Anda (jual, masuk, hitung stok, kas, biaya, simpanan) dalam 7 hari terakhir yang bisa dibatalkan. " +
        "Harga yang salah diperbaiki dengan menetapkannya lagi, contoh: /setharga beras 12.500";

    /// <summary>Whether the user's newest reversible entry is a cash entry (ids of both come from one clock).</summary>
    public bool NewestIsCash(WriteOrigin origin) =>
        cash.LastReversible(origin) is { } entry && (stock.LastReversible(origin) is not { } movement || entry.AtTicks > movement.AtTicks);

    /// <summary>Checked again inside the write: the entry to mirror, and cash that stays at or above zero.</summary>
    private Reply UndoCash(CommandContext context) => Replies.From(cash.Record(context.Origin, state =>
    {
        if (cash.LastReversible(context.Origin) is not { } original) return new CashPlan.Reject(NothingToUndo);
        if (original.Kind is CashKind.Opening or CashKind.OpeningCorrection)
            return new CashPlan.Reject($"Saldo awal kas tidak dibatalkan dengan /batal. Koreksi dengan menulis saldo yang benar, contoh: /kas awal 1.250.000 koreksi");
        if (original.AmountRupiah > 0 && state.Balance - original.AmountRupiah < 0) // taking back money that came in
            return new CashPlan.Reject($"Tidak bisa dibatalkan: saldo kas tinggal {Say.Rupiah(state.Balance)}, kurang dari {Say.Rupiah(original.AmountRupiah)} yang dulu masuk. Periksa kas dengan /kas");
        return new CashPlan.Append(CashBook.ReversalOf(original),
            after => $"Dibatalkan: {DescribeCash(original)}. Saldo kas sekarang {Say.Rupiah(after)}.");
    }));

    /// <summary>"kas keluar Rp150.000 (Beban listrik — token bulan ini)".</summary>
    public string DescribeCash(CashEntryDoc c) =>
        $"kas {(c.AmountRupiah > 0 ? "masuk" : "keluar")} {Say.Rupiah(Math.Abs(c.AmountRupiah))} ({chart[c.AccountCode].Name}" +
        (c.MemberNumber is { } n ? $", anggota {MemberDoc.FormatNumber(n)}" : "") + (c.Note.Length > 0 ? $" — {c.Note}" : "") + ")";

    internal static string Describe(MovementDoc m, ItemDoc item)
    {
        var name = item.Name.ToLowerInvariant();
        return m.Kind switch
        {
            MovementKind.Sold => $"jual {name} {Say.Quantity(-m.Delta, item.BaseUnit)} ({Say.Rupiah(m.AmountRupiah)})",
            MovementKind.Received => $"masuk {name} {Say.Quantity(m.Delta, item.BaseUnit)}",
            MovementKind.Count => $"hitung stok {name} {Say.Quantity(m.CountedQuantity ?? 0, item.BaseUnit)} (selisih {Say.Signed(m.Delta, item.BaseUnit)})",
            _ => $"penyesuaian {name} {Say.Signed(m.Delta, item.BaseUnit)}",
        };
    }
}
