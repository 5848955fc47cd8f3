using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Confirmation;

/// <summary>
/// Works out what a write would do, without writing. Null when the handler is going to refuse it anyway
/// (unknown item, unit that does not fit, a sale above stock): its own message says why, better than a question.
/// </summary>
public sealed class WriteEffects(ItemResolver resolver, Catalog catalog, StockBook stock, LedgerDb db,
    ReferencePrices.ReferencePriceBook references, Recaps recaps, Books.CashBook cash, Books.ChartOfAccounts chart, UndoHandler undoes,
    Members.MemberRegister members)
{
    public WriteEffect? Of(CommandContext context, Command command) => command switch
    {
        Sale sale => SaleEffect(context, sale),
        GoodsReceived received => ReceivedEffect(context, received),
        StockCount count => CountEffect(context, count),
        SetPrice set => PriceEffect(context, set),
        Undo undo => UndoEffect(context, undo),
        Expense expense when chart.Expense(expense.Category) is { } account =>
            CashOutEffect(context, expense, expense.Amount, $"biaya {account.Name.ToLowerInvariant().Replace("beban ", "")}"),
        CashMove { In: false } move => CashOutEffect(context, move, move.Amount, "kas keluar"),
        CashOpening { Correction: true } opening when cash.Opening(context.KoperasiId) is not null =>
            CashOutEffect(context, opening, cash.OpeningTotal(context.KoperasiId) - opening.Amount, "koreksi saldo awal kas (turun)"),
        _ => null,
    };

    private WriteEffect? SaleEffect(CommandContext context, Sale sale)
    {
        // A buyer named in words who is nobody in the register: a non-member sale, asked first (a slash command keeps the refusal).
        if (sale is { FromWords: true, ForMember.Name: { } named } && members.NamesNobody(context.KoperasiId, named))
            sale = sale with { ForMember = null, NamedNonMember = named };
        if (!TryItem(context, sale.Item, sale.Quantity.Unit, out var item, out var factor)) return null;
        var quantity = sale.Quantity.Amount * factor;
        if (quantity <= 0 || quantity > Limits.MaxQuantity || quantity > item.Stock || (sale.UnitPrice is null && item.PriceRupiah is null)) return null;
        var name = item.Name.ToLowerInvariant();
        var (shown, amount) = sale.UnitPrice is { } p
            ? (p, Money.Times(sale.Quantity.Amount, p))
            : (item.PriceRupiah!.Value, ItemPrices.Amount(item, quantity)!.Value);
        return new WriteEffect(sale, $"Jual {name} {StockHandler.Typed(sale.Quantity, quantity, item)} × {Say.Rupiah(shown)} = {Say.Rupiah(amount)}?")
        {
            Item = item, Quantity = quantity, TypedPrice = sale.UnitPrice / factor, UsualPrice = item.PriceRupiah,
            TypicalQuantity = db.EntryHistory.TypicalQuantity(item.Id, MovementKind.Sold),
            StockBefore = item.Stock, StockAfter = item.Stock - quantity,
        };
    }

    private WriteEffect? ReceivedEffect(CommandContext context, GoodsReceived received)
    {
        if (!TryItem(context, received.Item, received.Quantity.Unit, out var item, out var factor)) return null;
        var quantity = received.Quantity.Amount * factor;
        if (quantity <= 0 || quantity > Limits.MaxQuantity) return null;
        var cost = received.UnitCost is { } c ? $" @{Say.Rupiah(c)} = {Say.Rupiah(Money.Times(received.Quantity.Amount, c))}" : "";
        var averageCost = db.EntryHistory.AverageCost(item.Id);
        return new WriteEffect(received, $"Masuk {item.Name.ToLowerInvariant()} {StockHandler.Typed(received.Quantity, quantity, item)}{cost}{StockHandler.OwedNote(received)}?")
        {
            Item = item, Quantity = quantity, TypedPrice = received.UnitCost / factor,
            UsualPrice = averageCost ?? item.PriceRupiah, UsualPriceName = averageCost is null ? "Harga jual" : "Harga beli rata-rata",
            TypicalQuantity = db.EntryHistory.TypicalQuantity(item.Id, MovementKind.Received),
            StockBefore = item.Stock, StockAfter = item.Stock + quantity,
        };
    }

    private WriteEffect? CountEffect(CommandContext context, StockCount count)
    {
        if (!TryItem(context, count.Item, count.Quantity.Unit, out var item, out var factor)) return null;
        var counted = count.Quantity.Amount * factor;
        if (counted > Limits.MaxQuantity) return null;
        return new WriteEffect(count, $"Hitung stok {item.Name.ToLowerInvariant()} {StockHandler.Typed(count.Quantity, counted, item)}?")
        {
            Item = item, StockBefore = item.Stock, StockAfter = counted,
        };
    }

    private WriteEffect? PriceEffect(CommandContext context, SetPrice set)
    {
        if (!TryItem(context, set.Item, set.PerUnit, out var item, out var factor) || set.Price <= 0) return null;
        var perBase = Money.Round(set.Price / factor);
        var name = item.Name.ToLowerInvariant();
        var before = item.PriceRupiah is { } old ? $"{Say.Rupiah(old)}/{item.BaseUnit} → " : "";
        return new WriteEffect(set, $"Ubah harga {name} {before}{Say.Rupiah(perBase)}/{item.BaseUnit}?")
        {
            Item = item, PriceBefore = item.PriceRupiah, PriceAfter = perBase,
            Reference = item.Commodity is { } commodity ? references.For(context.Cooperative, commodity, recaps.Today(context.KoperasiId)) : null,
        };
    }

    /// <summary>Money out of the drawer (<paramref name="amount"/> &gt; 0): the cash before and after, for the "below zero" rule.</summary>
    private WriteEffect? CashOutEffect(CommandContext context, Command command, long amount, string what)
    {
        if (amount <= 0) return null;
        var before = cash.Balance(context.KoperasiId);
        return new WriteEffect(command, $"Catat {what} {Say.Rupiah(amount)}?") { CashBefore = before, CashAfter = before - amount };
    }

    private WriteEffect? UndoEffect(CommandContext context, Undo undo)
    {
        if (undoes.NewestIsCash(context.Origin) && cash.LastReversible(context.Origin) is { } entry)
            return new WriteEffect(undo, $"Batalkan catatan terakhir Anda: {undoes.DescribeCash(entry)}?");
        if (stock.LastReversible(context.Origin) is not { } last || catalog.GetItem(context.KoperasiId, last.ItemId) is not { } item) return null;
        return new WriteEffect(undo, $"Batalkan catatan terakhir Anda: {UndoHandler.Describe(last, item)}?") { Item = item };
    }

    /// <summary>The item with its current stock and how many base units one typed unit is; false when the handler will refuse.</summary>
    private bool TryItem(CommandContext context, string typed, string? unit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ItemDoc? item, out decimal factor)
    {
        factor = 0;
        // The cached catalogue's names, units and prices are current; only its stock is refreshed.
        item = resolver.Resolve(context.KoperasiId, typed) is ItemResolution.Found(var found) ? catalog.WithStock(found) : null;
        if (item is null || UnitFit.Factor(item, unit) is not { } f) return false;
        factor = f;
        return true;
    }
}
