using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/batal: appends the reverse of the user's own last stock entry; nothing is deleted.</summary>
public sealed class UndoHandler(StockBook stock)
{
    public Reply Undo(CommandContext context) => Replies.From(stock.ReverseLast(context.Origin,
        nothingToUndo: NothingToUndo,
        wouldGoNegative: (item, original) =>
            $"Tidak bisa dibatalkan: stok {item.Name.ToLowerInvariant()} tinggal {Say.Quantity(item.Stock, item.BaseUnit)}, " +
            $"kurang dari {Say.Quantity(original.Delta, item.BaseUnit)} yang dulu dicatat. Periksa stok dengan /stok",
        describe: (item, original, _) =>
            $"Dibatalkan: {Describe(original, item)}. Stok sekarang {Say.Quantity(item.Stock, item.BaseUnit)}."));

    /// <summary>/batal reverses stock entries only: say so, and how a wrong price is fixed instead.</summary>
    public const string NothingToUndo =
        "Tidak ada catatan stok Anda (jual, masuk, hitung stok) dalam 7 hari terakhir yang bisa dibatalkan. " +
        "Harga yang salah diperbaiki dengan menetapkannya lagi, contoh: /setharga beras 12.500";

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
