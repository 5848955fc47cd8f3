using KKMP.Bot.Catalogue;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/barang info: one item's detail, and its product fields (merek, SKU, asal, TKDN, keterangan).</summary>
public sealed class ProductHandler(Catalog catalog, ItemLookup lookup)
{
    public Reply Detail(CommandContext context, ItemDetail command)
    {
        if (!lookup.TryResolve(context, command.Item, out var found, out var reply)) return reply;
        var item = catalog.GetItem(context.KoperasiId, found.Id) ?? found;
        var lines = new List<string>
        {
            $"{item.Name} ({item.BaseUnit})",
            $"Harga: {(ItemPrices.Amount(item, 1) is { } price ? $"{Say.Rupiah(price)}/{item.BaseUnit}" : "belum ditetapkan")}; " +
            $"stok {Say.Quantity(item.Stock, item.BaseUnit)}",
        };
        if (ProductText.Fields(item) is { Length: > 0 } fields) lines.Add(char.ToUpperInvariant(fields[0]) + fields[1..]);
        if (item.Description is { } description) lines.Add($"Keterangan: {description}");
        if (item.Consignment is { } terms) lines.Add($"Barang titipan, {ProductText.Consignment(terms, item.BaseUnit)}.");
        if (ProductText.Missing(item) is [_, ..] missing)
            lines.Add($"Belum diisi untuk katalog: {string.Join(", ", missing)}. Contoh: {ProductRules.InfoExample}");
        return new Reply(string.Join('\n', lines));
    }

    public Reply SetInfo(CommandContext context, ItemProductInfo command)
    {
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        if (command.Sku is { } sku && catalog.ListItems(context.KoperasiId).FirstOrDefault(i =>
                i.Id != item.Id && string.Equals(i.Sku, sku, StringComparison.OrdinalIgnoreCase)) is { } holder)
            return new Reply($"SKU {sku} sudah dipakai untuk {holder.Name}; satu SKU untuk satu barang. Contoh: {ProductRules.InfoExample}");
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            Apply(changed, command);
            var fields = ProductText.Fields(changed);
            var cleared = command.Cleared.Count > 0 ? $" Dihapus: {string.Join(", ", command.Cleared.Select(Label))}." : "";
            return WriteResult.Recorded($"Tercatat: {changed.Name}" + (fields.Length > 0 ? $", {fields}" : "") +
                                        (changed.Description is { } d ? $", keterangan \"{d}\"" : "") + "." + cleared);
        }));
    }

    private static void Apply(ItemDoc item, ItemProductInfo command)
    {
        if (command.Brand is not null || command.Cleared.Contains(ProductField.Merek)) item.Brand = command.Brand;
        if (command.Sku is not null || command.Cleared.Contains(ProductField.Sku)) item.Sku = command.Sku;
        if (command.Origin is not null || command.Cleared.Contains(ProductField.Asal)) item.Origin = command.Origin;
        if (command.Tkdn is not null || command.Cleared.Contains(ProductField.Tkdn)) item.TkdnPercent = command.Tkdn;
        if (command.Description is not null || command.Cleared.Contains(ProductField.Keterangan)) item.Description = command.Description;
    }

    private static string Label(ProductField field) => field switch
    {
        ProductField.Merek => "merek",
        ProductField.Sku => "SKU",
        ProductField.Asal => "asal",
        ProductField.Tkdn => "TKDN",
        _ => "keterangan",
    };
}
