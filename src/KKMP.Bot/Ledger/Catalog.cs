using System.Collections.Concurrent;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>Items and prices of one cooperative's shop. Every query is scoped by koperasi id.</summary>
public sealed class Catalog(LedgerDb db)
{
    // Names, aliases, units and packing change rarely, yet every command matches an item name: keep
    // each cooperative's catalogue in memory, dropped on every catalogue write. Stock in these copies
    // goes stale with each movement, so handlers re-read an item (GetItem) before using its numbers.
    private readonly ConcurrentDictionary<string, IReadOnlyList<ItemDoc>> _catalogue = new(StringComparer.Ordinal);

    /// <summary>The cached catalogue for name matching; its <see cref="ItemDoc.Stock"/> values may be stale.</summary>
    public IReadOnlyList<ItemDoc> CatalogueForMatching(string koperasiId) => _catalogue.GetOrAdd(koperasiId, ListItems);

    // Query.EQ and FindById rather than LINQ lambdas: LiteDB translates and parses a lambda on every
    // call, which was a measurable share of each command's time (see benchmarks "ledger").
    /// <summary>The cooperative's active items (archived ones are left out), by name.</summary>
    public IReadOnlyList<ItemDoc> ListItems(string koperasiId) => [.. AllItems(koperasiId).Where(i => !i.Archived)];

    /// <summary>Every item, archived ones too: for history (a past day's recap names what was sold then).</summary>
    public IReadOnlyList<ItemDoc> AllItems(string koperasiId) =>
        db.Items.Find(Query.EQ(nameof(ItemDoc.KoperasiId), koperasiId)).Select(WithCurrentStock)
            .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The item with its current stock, only if it belongs to this cooperative.</summary>
    public ItemDoc? GetItem(string koperasiId, int itemId) =>
        db.Items.FindById(itemId) is { } item && item.KoperasiId == koperasiId ? WithCurrentStock(item) : null;

    /// <summary>
    /// Inside <see cref="LedgerDb.Write"/>: the item as committed (a private copy to change), only if it
    /// belongs to this cooperative. Save changes with <see cref="SaveInWrite"/>.
    /// </summary>
    public ItemDoc? ItemForWrite(string koperasiId, int itemId)
    {
        var item = db.CommittedItems.CopyOf(itemId);
        if (item is null && db.Items.FindById(itemId) is { } read)
        {
            db.CommittedItems.Remember(read); // read in the write's transaction: committed state
            item = read;
        }
        return item is not null && item.KoperasiId == koperasiId ? WithCurrentStock(item) : null;
    }

    /// <summary>Inside <see cref="LedgerDb.Write"/>: stores the changed item (not its stock); the committed copy follows once the write commits.</summary>
    public void SaveInWrite(ItemDoc item)
    {
        db.Items.Update(item);
        db.AfterCommit(() => db.CommittedItems.Remember(item));
    }

    /// <summary>A private copy of a (cached) item with its current stock, without reading the database.</summary>
    public ItemDoc WithStock(ItemDoc item)
    {
        var copy = item.Copy();
        copy.Stock = db.StockLevels.Of(item.Id);
        return copy;
    }

    private ItemDoc WithCurrentStock(ItemDoc item)
    {
        item.Stock = db.StockLevels.Of(item.Id);
        return item;
    }

    /// <summary>Adds an item; its name must be new among this cooperative's active items (names and aliases compared ignoring case).</summary>
    /// <param name="added">Inside the write, after the insert (the item has its id): more to record with it, such as its first price.</param>
    public WriteResult AddItem(WriteOrigin origin, ItemDoc item, Func<ItemDoc, string> describe, Func<ItemDoc, string> nameTaken, Action<ItemDoc>? added = null) =>
        Invalidating(origin.KoperasiId, () => db.Write(origin, () =>
        {
            var clash = FindByExactName(origin.KoperasiId, item.Name);
            if (clash is not null) return WriteResult.Rejected(nameTaken(clash));
            item.KoperasiId = origin.KoperasiId;
            db.Items.Insert(item);
            if (added is not null)
            {
                added(item);
                db.Items.Update(item);
            }
            return WriteResult.Recorded(describe(item));
        }));

    /// <summary>Changes one item of the origin's cooperative; <paramref name="change"/> mutates it and says what happened.</summary>
    public WriteResult ChangeItem(WriteOrigin origin, int itemId, Func<ItemDoc, WriteResult> change) =>
        Invalidating(origin.KoperasiId, () => db.Write(origin, () =>
        {
            var item = ItemForWrite(origin.KoperasiId, itemId);
            if (item is null) return WriteResult.Rejected("Barang tidak ditemukan di koperasi ini.");
            var result = change(item);
            if (result.Status == WriteStatus.Recorded) SaveInWrite(item);
            return result;
        }));

    /// <summary>
    /// Sets the selling price, <paramref name="price"/> rupiah for one <paramref name="unit"/> of
    /// <paramref name="baseUnitsPerUnit"/> base units (kept exactly, see <see cref="ItemPrices"/>), and appends it to the price history.
    /// </summary>
    public WriteResult SetPrice(WriteOrigin origin, int itemId, long price, Func<ItemDoc, string> describe,
        decimal baseUnitsPerUnit = 1, string? unit = null) =>
        ChangeItem(origin, itemId, item =>
        {
            PriceInWrite(origin, item, price, baseUnitsPerUnit, unit);
            return WriteResult.Recorded(describe(item));
        });

    /// <summary>Inside a catalogue write: sets the item's price and appends it to the price history (the caller saves the item).</summary>
    public void PriceInWrite(WriteOrigin origin, ItemDoc item, long price, decimal baseUnitsPerUnit = 1, string? unit = null)
    {
        var now = db.UtcNow;
        ItemPrices.Set(item, price, baseUnitsPerUnit, unit);
        item.PriceSinceUtc = now;
        db.Prices.Insert(new PriceDoc
        {
            KoperasiId = origin.KoperasiId, ItemId = item.Id, PriceRupiah = item.PriceRupiah!.Value, Amount = price,
            Quantity = baseUnitsPerUnit, Unit = item.PriceUnit, SinceUtc = now, SetBy = $"{origin.Channel}:{origin.UserId}",
        });
    }

    /// <summary>The item whose name or alias looks the same as <paramref name="name"/> (see <see cref="Commands.Naming.ItemNames.LookTheSame"/>).</summary>
    public ItemDoc? FindByExactName(string koperasiId, string name) =>
        ListItems(koperasiId).FirstOrDefault(i =>
            Commands.Naming.ItemNames.LookTheSame(i.Name, name) || i.Aliases.Any(a => Commands.Naming.ItemNames.LookTheSame(a, name)));

    private WriteResult Invalidating(string koperasiId, Func<WriteResult> write)
    {
        try { return write(); }
        finally { _catalogue.TryRemove(koperasiId, out _); }
    }
}
