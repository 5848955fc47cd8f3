using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Items and prices of one cooperative's shop. Every query is scoped by koperasi id.</summary>
public sealed class Catalog(LedgerDb db)
{
    public IReadOnlyList<ItemDoc> ListItems(string koperasiId) =>
        db.Items.Find(i => i.KoperasiId == koperasiId).OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public ItemDoc? GetItem(string koperasiId, int itemId) =>
        db.Items.FindOne(i => i.Id == itemId && i.KoperasiId == koperasiId);

    public IReadOnlyList<PriceDoc> PriceHistory(string koperasiId, int itemId) =>
        db.Prices.Find(p => p.ItemId == itemId && p.KoperasiId == koperasiId).OrderBy(p => p.SinceUtc).ToList();

    /// <summary>Adds an item; its name must be new in this cooperative (names and aliases compared ignoring case).</summary>
    public WriteResult AddItem(WriteOrigin origin, ItemDoc item, Func<ItemDoc, string> describe, Func<ItemDoc, string> nameTaken) =>
        db.Write(origin, () =>
        {
            var clash = FindByExactName(origin.KoperasiId, item.Name);
            if (clash is not null) return WriteResult.Rejected(nameTaken(clash));
            item.KoperasiId = origin.KoperasiId;
            db.Items.Insert(item);
            return WriteResult.Recorded(describe(item));
        });

    /// <summary>Changes one item of the origin's cooperative; <paramref name="change"/> mutates it and says what happened.</summary>
    public WriteResult ChangeItem(WriteOrigin origin, int itemId, Func<ItemDoc, WriteResult> change) =>
        db.Write(origin, () =>
        {
            var item = GetItem(origin.KoperasiId, itemId);
            if (item is null) return WriteResult.Rejected("Barang tidak ditemukan di koperasi ini.");
            var result = change(item);
            if (result.Status == WriteStatus.Recorded) db.Items.Update(item);
            return result;
        });

    /// <summary>Sets the selling price per base unit and appends it to the price history.</summary>
    public WriteResult SetPrice(WriteOrigin origin, int itemId, long priceRupiah, Func<ItemDoc, string> describe) =>
        ChangeItem(origin, itemId, item =>
        {
            var now = DateTime.UtcNow;
            item.PriceRupiah = priceRupiah;
            item.PriceSinceUtc = now;
            db.Prices.Insert(new PriceDoc
            {
                KoperasiId = origin.KoperasiId, ItemId = item.Id, PriceRupiah = priceRupiah, SinceUtc = now,
                SetBy = $"{origin.Channel}:{origin.UserId}",
            });
            return WriteResult.Recorded(describe(item));
        });

    public ItemDoc? FindByExactName(string koperasiId, string name) =>
        ListItems(koperasiId).FirstOrDefault(i =>
            string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)
            || i.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
}
