using System.Text.RegularExpressions;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.ReferencePrices;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/harga (list or one item) and /setharga.</summary>
public sealed partial class PriceHandler(Catalog catalog, ItemLookup lookup, ReferencePriceBook references, Recaps recaps, Push.PriceFlags? flags = null)
{
    public Reply List(CommandContext context, PriceQuery query)
    {
        // A question about something the shop does not sell ("harga emas hari ini?") gets an honest
        // "not sold here" and what is, not the nearest name; only a close one is suggested.
        if (query.Item is { } typed)
            return lookup.TryResolve(context, typed, out var item, out var reply,
                closeOnly: query.FromQuestion, unknown: () => NotSold(context, typed, Priced(context)))
                ? new Reply(InStock(query, catalog.WithStock(item)) + PriceOf(context, item)) : SeveralItems(context, typed) ?? reply;

        var items = Priced(context);
        if (items.Count == 0) return new Reply($"Belum ada harga di {context.Cooperative.Name}. Pengelola menetapkannya dengan: /setharga beras 12.500");
        var lines = items.Select(i => $"• {i.Name}: {Say.Rupiah(i.PriceRupiah!.Value)}/{i.BaseUnit}{ReferenceNote(context, i)}");
        return new Reply($"Harga di {context.Cooperative.Name}:\n{string.Join('\n', lines)}");
    }

    public Reply Set(CommandContext context, SetPrice command)
    {
        const string example = "/setharga beras 12.500";
        if (EntryChecks.Price(command.Price, example) is { } bad) return new Reply(bad);
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        if (UnitFit.Factor(item, command.PerUnit) is not { } factor)
            return new Reply(UnitFit.Mismatch(item, command.PerUnit!, $"/setharga {item.Name.ToLowerInvariant()} 12.500"));

        var perBase = Money.Round(command.Price / factor);
        // "190.000/dus" is kept as Rp190.000 per 12 liter, so a dus sells and reads back at exactly Rp190.000.
        var typedUnit = factor == 1 ? "" : $" (= {Say.Rupiah(command.Price)}/{command.PerUnit})";
        var before = item.PriceRupiah;
        // Asked first by the "price above an official ceiling" risk rule; once confirmed, the echo still names the rule.
        var ceiling = Reference(context, item) is { } figure && figure.IsBreachedBy(perBase) ? figure : null;
        var breach = ceiling is null ? "" : $" Perhatian: {ceiling.Breach}.";
        if (before is not null && ItemPrices.IsAlready(item, command.Price, factor)) // a "changed from Rp18.000 to Rp18.000" echo reads like a mistake
            return new Reply($"Harga {item.Name.ToLowerInvariant()} memang sudah {Say.Rupiah(perBase)}/{item.BaseUnit}{typedUnit}; tidak ada yang diubah.");
        return Replies.From(catalog.SetPrice(context.Origin, item.Id, command.Price, changed =>
        {
            if (ceiling is not null) flags?.Raise(context.Origin, changed, perBase, ceiling); // inside the write: the pengawas hears of it exactly when it is recorded
            return $"Tercatat: harga {changed.Name.ToLowerInvariant()} sekarang {Say.Rupiah(perBase)}/{changed.BaseUnit}{typedUnit}" +
                   (before is { } old ? $" (sebelumnya {Say.Rupiah(old)}/{changed.BaseUnit})." : ".") + breach;
        }, factor, command.PerUnit));
    }

    /// <summary>"harga beras sama gula": each price, when every part names an item; otherwise null (asked as one name).</summary>
    private Reply? SeveralItems(CommandContext context, string asked)
    {
        var parts = ItemSeparators().Split(asked).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return null;
        var lines = new List<string>();
        foreach (var part in parts)
        {
            if (!lookup.TryResolve(context, part, out var item, out _)) return null;
            lines.Add(PriceOf(context, item));
        }
        return new Reply(string.Join('\n', lines.Distinct()));
    }

    [GeneratedRegex(@"\s*(?:,|&|\+|\bdan\b|\bsama\b|\bsm\b|\bama\b|\bserta\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ItemSeparators();

    private List<ItemDoc> Priced(CommandContext context) =>
        catalog.ListItems(context.KoperasiId).Where(i => i.PriceRupiah is not null).ToList();

    private static Reply NotSold(CommandContext context, string typed, List<ItemDoc> priced)
    {
        const int shown = 12;
        if (priced.Count == 0)
            return new Reply($"\"{typed}\" tidak ada di daftar harga {context.Cooperative.Name}; daftar harganya masih kosong.");
        var names = priced.Take(shown).Select(i => i.Name.ToLowerInvariant()).ToList();
        var more = priced.Count > shown ? $", dan {priced.Count - shown} lainnya" : "";
        var first = names[0];
        return Reply.Of($"\"{typed}\" tidak ada di daftar harga {context.Cooperative.Name}. Yang ada: {string.Join(", ", names)}{more}.\n" +
                        $"Tanya misalnya \"harga {first} berapa?\", atau ketik /harga untuk semua harga.", "/harga");
    }

    /// <summary>
    /// "Ya, minyak goreng masih ada. ": whether the shop has it, for a member who asked; no figure (members do not see stock).
    /// The item must carry its current stock (<see cref="Catalog.WithStock"/>), not the cached catalogue's.
    /// </summary>
    private static string InStock(PriceQuery query, ItemDoc item) =>
        !query.AsksInStock ? "" : item.Stock > 0 ? $"Ya, {item.Name.ToLowerInvariant()} masih ada. " : $"Maaf, {item.Name.ToLowerInvariant()} sedang habis. ";

    private string PriceOf(CommandContext context, ItemDoc item) => item.PriceRupiah is { } price
        ? $"Harga {item.Name.ToLowerInvariant()}: {Say.Rupiah(price)}/{item.BaseUnit}" + ReferenceNote(context, item) + PackNote(item, price) + "."
        : $"Harga {item.Name.ToLowerInvariant()} belum ditetapkan.";

    /// <summary>The official figure of the item's commodity in force today in the cooperative's zone, if it is mapped to one.</summary>
    private AppliedReferencePrice? Reference(CommandContext context, ItemDoc item) =>
        item.Commodity is { } commodity ? references.For(context.Cooperative, commodity, recaps.Today(context.KoperasiId)) : null;

    /// <summary>" (HET Rp13.500)" beside the shop's price; "di atas" when the shop sells above a ceiling.</summary>
    private string ReferenceNote(CommandContext context, ItemDoc item) => Reference(context, item) switch
    {
        null => "",
        var figure when item.PriceRupiah is { } price && figure.IsBreachedBy(price) => $" ({figure.Breach})",
        var figure => $" ({figure.Label})",
    };

    private static string PackNote(ItemDoc item, long price) => item.Packing.Count == 0 ? ""
        : " (" + string.Join(", ", item.Packing.Select(p => $"1 {p.Key} = {Say.Quantity(p.Value, item.BaseUnit)} = {Say.Rupiah(ItemPrices.Amount(item, p.Value) ?? Money.Times(p.Value, price))}")) + ")";
}
