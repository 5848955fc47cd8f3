using KKMP.Bot.Commands.Naming;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/barang: list, tambah, alias, kemasan (packing unit), minimum (low-stock level).</summary>
public sealed class ItemHandler(Catalog catalog, ItemLookup lookup)
{
    public Reply List(CommandContext context)
    {
        var items = catalog.ListItems(context.KoperasiId);
        if (items.Count == 0) return new Reply("Belum ada barang. Contoh: /barang tambah \"Minyak Goreng\" liter");
        var lines = items.Select(i => $"• {i.Name} ({i.BaseUnit})" +
            (i.Aliases.Count > 0 ? $", alias: {string.Join(", ", i.Aliases)}" : "") +
            (i.Packing.Count > 0 ? $", kemasan: {string.Join(", ", i.Packing.Select(p => $"{p.Key} = {Say.Quantity(p.Value, i.BaseUnit)}"))}" : "") +
            (i.LowStockLevel is { } low ? $", minimum {Say.Quantity(low, i.BaseUnit)}" : "") +
            (Catalogue.ProductText.Fields(i) is { Length: > 0 } product ? $", {product}" : "") +
            (i.Consignment is { } terms ? $", titipan {terms.Supplier}" : ""));
        return new Reply($"Barang {context.Cooperative.Name}:\n{string.Join('\n', lines)}\nRincian satu barang: {ProductRules.DetailExample}");
    }

    public Reply Add(CommandContext context, ItemAdd command)
    {
        var name = ItemNames.Clean(command.Name);
        if (ItemNames.Problem(name, "/barang tambah \"Minyak Goreng\" liter") is { } badName) return new Reply(badName);
        if (name.Length > Limits.MaxNameLength) return new Reply("Nama barang harus 1–60 huruf. Contoh: /barang tambah \"Minyak Goreng\" liter");
        var item = new ItemDoc { Name = name, BaseUnit = command.Unit };
        return Replies.From(catalog.AddItem(context.Origin, item,
            added => $"Tercatat: barang baru {added.Name} dengan satuan {added.BaseUnit}. Tetapkan harganya: /setharga {added.Name.ToLowerInvariant()} 10.000",
            existing => $"Barang \"{existing.Name}\" sudah ada. Lihat daftar dengan /barang"));
    }

    public Reply Alias(CommandContext context, ItemAlias command)
    {
        var alias = ItemNames.Clean(command.Alias).ToLowerInvariant();
        if (ItemNames.Problem(alias, "/barang alias \"minyak goreng\" migor") is { } badAlias) return new Reply(badAlias);
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        if (catalog.FindByExactName(context.KoperasiId, alias) is { } taken)
            return new Reply($"Nama \"{alias}\" sudah dipakai untuk {taken.Name}. Pilih alias lain.");
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            changed.Aliases.Add(alias);
            return WriteResult.Recorded($"Tercatat: \"{alias}\" sekarang berarti {changed.Name}.");
        }));
    }

    public Reply Packing(CommandContext context, ItemPacking command)
    {
        if (EntryChecks.Quantity(command.BaseUnitsPerPack, "/barang kemasan beras karung 25") is { } bad) return new Reply(bad);
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        if (string.Equals(command.PackUnit, item.BaseUnit, StringComparison.OrdinalIgnoreCase))
            return new Reply($"{command.PackUnit} sudah satuan dasar {item.Name}. Contoh kemasan: /barang kemasan beras karung 25");
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            changed.Packing[command.PackUnit.ToLowerInvariant()] = command.BaseUnitsPerPack;
            return WriteResult.Recorded($"Tercatat: 1 {command.PackUnit} {changed.Name.ToLowerInvariant()} = {Say.Quantity(command.BaseUnitsPerPack, changed.BaseUnit)}.");
        }));
    }

    /// <summary>A new name, unique among active items; the id stays, so movements and recaps follow the item.</summary>
    public Reply Rename(CommandContext context, ItemRename command)
    {
        var name = command.NewName.Trim();
        if (name.Length is 0 or > 60) return new Reply($"Nama barang harus 1–60 huruf. Contoh: {CommandExamples.ItemRename}");
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        if (catalog.FindByExactName(context.KoperasiId, name) is { } taken && taken.Id != item.Id)
            return new Reply($"Nama \"{name}\" sudah dipakai untuk {taken.Name}. Pilih nama lain.");
        var old = item.Name;
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            changed.Name = name;
            changed.Aliases.RemoveAll(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            return WriteResult.Recorded($"Tercatat: {old} sekarang bernama {changed.Name}; stok dan catatan lamanya tetap. " +
                                        $"Nama lama tidak dikenali lagi; kalau masih dipakai, tambahkan: /barang alias \"{changed.Name.ToLowerInvariant()}\" {old.ToLowerInvariant()}");
        }));
    }

    /// <summary>Archives an item with no stock left: it leaves lists and matching, and its name is free again.</summary>
    public Reply Archive(CommandContext context, ItemArchive command)
    {
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            // Stock is money on the shelf: it must be counted out (or sold) first, so no value disappears with the name.
            if (changed.Stock != 0)
                return WriteResult.Rejected($"Stok {changed.Name.ToLowerInvariant()} masih {Say.Quantity(changed.Stock, changed.BaseUnit)}. " +
                                            $"Catat dulu hasil hitungnya: /stok {changed.Name.ToLowerInvariant()} 0 {changed.BaseUnit}, lalu arsipkan.");
            changed.Archived = true;
            return WriteResult.Recorded($"Tercatat: {changed.Name} diarsipkan; tidak muncul lagi di daftar, catatan lamanya tetap.");
        }));
    }

    public Reply LowStock(CommandContext context, ItemLowStock command)
    {
        if (command.Level < 0 || command.Level > Limits.MaxQuantity) return new Reply("Batas minimum tidak masuk akal. Contoh: /barang minimum beras 20");
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        // "/barang minimum telur 5 butir" for telur kept in kg must be refused, not stored as 5 kg; "2 karung" is converted.
        if (UnitFit.Factor(item, command.Unit) is not { } factor)
            return new Reply(UnitFit.Mismatch(item, command.Unit!, $"/barang minimum {item.Name.ToLowerInvariant()} 20 {item.BaseUnit}"));
        var level = command.Level * factor;
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            changed.LowStockLevel = level;
            return WriteResult.Recorded($"Tercatat: batas minimum stok {changed.Name.ToLowerInvariant()} {Say.Quantity(level, changed.BaseUnit)}. " +
                                        $"Stok sekarang {Say.Quantity(changed.Stock, changed.BaseUnit)}.");
        }));
    }
}
