using KKMP.Bot.Catalogue;
using KKMP.Bot.Commands.Naming;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/barang titip: an item becomes titip jual from a UMKM supplier (a new item, or one with no stock of the cooperative's own).</summary>
public sealed class ConsignmentHandler(Catalog catalog)
{
    public Reply Mark(CommandContext context, ItemConsignment command)
    {
        const string example = ProductRules.ConsignmentExample;
        var name = ItemNames.Clean(command.Item);
        if (ItemNames.Problem(name, example) is { } badName) return new Reply(badName);
        if (command.AgreedPrice is <= 0 or > Limits.MaxPrice) return new Reply($"Harga titip tidak masuk akal. Contoh: {example}");
        var terms = new ConsignmentTerms { Supplier = command.Supplier, AgreedPriceRupiah = command.AgreedPrice, CommissionPercent = command.CommissionPercent };

        if (catalog.FindByExactName(context.KoperasiId, name) is not { } existing)
            return Replies.From(catalog.AddItem(context.Origin, new ItemDoc { Name = name, BaseUnit = command.Unit, Consignment = terms },
                added => Recorded(added, priceNote: ""),
                taken => $"Barang \"{taken.Name}\" sudah ada. Lihat daftar dengan /barang",
                added => catalog.PriceInWrite(context.Origin, added, command.AgreedPrice)));

        if (!string.Equals(existing.BaseUnit, command.Unit, StringComparison.OrdinalIgnoreCase))
            return new Reply($"Satuan {existing.Name} adalah {existing.BaseUnit}, bukan {command.Unit}; harga titip ditulis per {existing.BaseUnit}. " +
                             $"Contoh: /barang titip \"{existing.Name}\" {existing.BaseUnit} \"{command.Supplier}\" {Say.Number(command.AgreedPrice)} {Say.Number(command.CommissionPercent)}%");
        return Replies.From(catalog.ChangeItem(context.Origin, existing.Id, item =>
        {
            // Stock on the shelf must belong to one owner: the cooperative's own goods (or another supplier's) are counted out first.
            if (item.Stock != 0 && (item.Consignment is null || !string.Equals(item.Consignment.Supplier, terms.Supplier, StringComparison.OrdinalIgnoreCase)))
                return WriteResult.Rejected(
                    $"Stok {item.Name.ToLowerInvariant()} masih {Say.Quantity(item.Stock, item.BaseUnit)} milik " +
                    $"{(item.Consignment is { } other ? other.Supplier : "koperasi")}. Habiskan atau catat hitungnya dulu " +
                    $"(/stok {item.Name.ToLowerInvariant()} 0 {item.BaseUnit}), atau pakai nama barang lain untuk titipan ini.");
            item.Consignment = terms;
            var priceNote = "";
            if (item.PriceRupiah is null) catalog.PriceInWrite(context.Origin, item, command.AgreedPrice);
            else if (ItemPrices.Amount(item, 1) is { } price && price != command.AgreedPrice)
                priceNote = $" Harga jual tetap {Say.Rupiah(price)}/{item.BaseUnit}; selisihnya dengan harga titip menjadi pendapatan (atau beban) koperasi.";
            return WriteResult.Recorded(Recorded(item, priceNote));
        }));
    }

    private static string Recorded(ItemDoc item, string priceNote) =>
        $"Tercatat: {item.Name} ({item.BaseUnit}) barang titipan, {ProductText.Consignment(item.Consignment!, item.BaseUnit)}.{priceNote} " +
        "Stok titipan bukan persediaan koperasi (tidak masuk neraca); yang terjual menjadi utang ke pemasok, lihat /titip. " +
        $"Catat barang datang: /masuk {item.Name.ToLowerInvariant()} 20 {item.BaseUnit}";
}
