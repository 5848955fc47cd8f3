using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/stok (list), /stok beras 50 kg (count), /masuk beras 100 kg @11.500 (received).</summary>
public sealed class StockHandler(Catalog catalog, StockBook stock, ItemLookup lookup, Books.CashBook cash)
{
    /// <summary>Said after a receipt bought on credit, in its preview and in its echo.</summary>
    public static string OwedNote(GoodsReceived received) => received.OnCredit ? " (utang ke pemasok)" : "";

    public Reply List(CommandContext context, StockList command)
    {
        if (command.Item is { } typed)
        {
            if (!lookup.TryResolve(context, typed, out var item, out var notFound)) return notFound;
            var name = item.Name.ToLowerInvariant();
            // the looked-up item comes from the cached catalogue, whose stock may be from before the last movement
            return new Reply($"Stok {Line(catalog.WithStock(item))}\nUntuk mencatat hasil hitung stok: /stok {name} 50 {item.BaseUnit}. Stok semua barang: /stok");
        }
        var items = catalog.ListItems(context.KoperasiId);
        if (items.Count == 0) return new Reply("Belum ada barang. Pengurus menambahkannya dengan: /barang tambah \"Minyak Goreng\" liter");
        return new Reply($"Stok {context.Cooperative.Name}:\n{string.Join('\n', items.Select(i => "• " + Line(i)))}");
    }

    private static string Line(ItemDoc item) =>
        $"{item.Name}: {Say.Quantity(item.Stock, item.BaseUnit)}" +
        (item.Consignment is { } terms ? $" (titipan {terms.Supplier})" : "") +
        (LowStock.Is(item.Stock, item.LowStockLevel) ? " ⚠ di bawah minimum" : "");

    /// <summary>A count records the delta that brings stock to the counted quantity (and keeps the count itself).</summary>
    public Reply Count(CommandContext context, StockCount command)
    {
        if (command.Quantity.Amount < 0 || command.Quantity.Amount > Limits.MaxQuantity)
            return new Reply($"Hasil hitung harus antara 0 dan {Say.Number(Limits.MaxQuantity)}. Contoh: /stok beras 50 kg");
        if (!TryBase(context, command.Item, command.Quantity, "stok", out var item, out var counted, out var reply)) return reply;

        return Replies.From(stock.Append(context.Origin, item.Id, current => new MovementPlan.Append(
            new MovementDoc { Kind = MovementKind.Count, Delta = counted - current.Stock, CountedQuantity = counted },
            (after, m) => $"Tercatat: stok {after.Name.ToLowerInvariant()} dihitung {Say.Quantity(counted, after.BaseUnit)} " +
                          $"(sebelumnya {Say.Quantity(after.Stock - m.Delta, after.BaseUnit)}, selisih {Say.Signed(m.Delta, after.BaseUnit)}). " +
                          $"Stok sekarang {Say.Quantity(after.Stock, after.BaseUnit)}.")));
    }

    public Reply Received(CommandContext context, GoodsReceived command)
    {
        const string example = "/masuk beras 100 kg @11.500";
        if (EntryChecks.Quantity(command.Quantity.Amount, example) is { } badQuantity) return new Reply(badQuantity);
        if (command.UnitCost is { } cost && EntryChecks.Price(cost, example) is { } badCost) return new Reply(badCost);
        if (!TryBase(context, command.Item, command.Quantity, "masuk", out var item, out var quantity, out var reply)) return reply;

        // Titip jual goods are not bought: the supplier is paid from what sells (/titip), so a purchase price or "utang" here would book them twice.
        if (item.Consignment is { } terms && (command.UnitCost is not null || command.OnCredit))
            return new Reply($"{item.Name} barang titipan {terms.Supplier}: tidak dibeli, jadi tanpa harga beli atau utang; " +
                             $"yang dibayar ke pemasok dihitung dari penjualan (/titip). Contoh: /masuk {item.Name.ToLowerInvariant()} 20 {item.BaseUnit}");
        var factor = quantity / command.Quantity.Amount;
        long? costPerBase = command.UnitCost is { } c ? Money.Round(c / factor) : null;
        var paid = command.UnitCost is { } typed ? Money.Times(command.Quantity.Amount, typed) : 0;
        return Replies.From(stock.Append(context.Origin, item.Id, _ => (MovementPlan?)PaidFromCash(context, paid, command.OnCredit) ?? new MovementPlan.Append(
            // The cost is kept as typed (quantity × price per typed unit): the books post exactly what was paid.
            new MovementDoc
            {
                Kind = MovementKind.Received, Delta = quantity, UnitPriceRupiah = costPerBase, OnCredit = command.OnCredit,
                AmountRupiah = paid,
            },
            (after, m) => $"Tercatat: masuk {after.Name.ToLowerInvariant()} {Typed(command.Quantity, quantity, after)}" +
                          (command.UnitCost is { } unitCost ? $" @{Say.Rupiah(unitCost)} = {Say.Rupiah(m.AmountRupiah)}" : "") +
                          OwedNote(command) +
                          (after.Consignment is { } consigned ? $" (titipan {consigned.Supplier}, bukan persediaan koperasi)" : "") +
                          $". Stok sekarang {Say.Quantity(after.Stock, after.BaseUnit)}.")));
    }

    /// <summary>
    /// A purchase paid in cash may not take cash below zero once the cash book has an opening balance
    /// (before that the books cannot know what is in the drawer, and the report shows the shortfall).
    /// </summary>
    private MovementPlan.Reject? PaidFromCash(CommandContext context, long paid, bool onCredit)
    {
        if (paid == 0 || onCredit) return null;
        var state = cash.StateInWrite(context.KoperasiId);
        return state.Opening is not null && state.Balance < paid
            ? new MovementPlan.Reject($"Tidak dicatat: kas tidak cukup untuk membayar {Say.Rupiah(paid)} (saldo kas {Say.Rupiah(state.Balance)}); kas tidak boleh minus. " +
                                      $"Kalau barangnya diutang, tambahkan \"utang\" di akhir, contoh: {CommandExamples.ReceivedOnCredit}. " +
                                      $"Kalau ada uang masuk yang belum dicatat, catat dulu: {Parsing.BookRules.CashInExample}")
            : null;
    }

    /// <summary>Resolves the item and converts the typed quantity to its base unit, or says why not.</summary>
    internal bool TryBase(CommandContext context, string typed, Quantity quantity, string verb,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ItemDoc? item, out decimal baseQuantity,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Reply? reply)
    {
        baseQuantity = 0;
        if (!lookup.TryResolve(context, typed, out item, out reply)) return false;
        if (UnitFit.Factor(item, quantity.Unit) is not { } factor)
        {
            reply = new Reply(UnitFit.Mismatch(item, quantity.Unit!, $"/{verb} {item.Name.ToLowerInvariant()} 2 {item.BaseUnit}"));
            item = null;
            return false;
        }
        baseQuantity = quantity.Amount * factor;
        if (BaseAmount.Problem(quantity, baseQuantity, item, $"/{verb} {item.Name.ToLowerInvariant()} 2 {item.BaseUnit}") is { } tooBigOrFine)
        {
            reply = new Reply(tooBigOrFine);
            item = null;
            return false;
        }
        return true;
    }

    /// <summary>"2,5 kg", or "1 karung (25 kg)" when a packing unit was typed.</summary>
    internal static string Typed(Quantity typed, decimal baseQuantity, ItemDoc item) =>
        typed.Unit is null || string.Equals(typed.Unit, item.BaseUnit, StringComparison.OrdinalIgnoreCase)
            ? Say.Quantity(baseQuantity, item.BaseUnit)
            : $"{Say.Quantity(typed.Amount, typed.Unit)} ({Say.Quantity(baseQuantity, item.BaseUnit)})";
}
