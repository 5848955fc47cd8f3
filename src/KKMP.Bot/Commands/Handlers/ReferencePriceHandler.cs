using System.Text;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Ledger;
using KKMP.Bot.ReferencePrices;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/acuan (the official figures for the cooperative's region), /barang acuan (item → commodity) and /koperasi provinsi.</summary>
public sealed class ReferencePriceHandler(ReferencePriceBook book, Catalog catalog, CooperativeDirectory cooperatives, Recaps recaps, ItemLookup lookup)
{
    public Reply List(CommandContext context, ReferenceList command)
    {
        var today = recaps.Today(context.KoperasiId);
        var day = RecapHandler.DayOf(command.Day, today);
        if (day > today) return new Reply($"Tanggal {Say.Date(day)} belum terjadi. Contoh: {CommandExamples.ReferenceListOn}");
        var figures = book.InForce(context.Cooperative, day);
        var province = context.Cooperative.Province ?? "";
        var where = province.Length > 0 ? $"untuk {province}" : "yang berlaku nasional";
        var text = new StringBuilder($"Harga acuan resmi {where}, {Say.Date(day)}:\n");
        if (figures.Count == 0) text.Append("Tidak ada angka yang berlaku pada tanggal itu.\n");
        foreach (var figure in figures)
            text.Append($"• {figure.Entry.Name}: {figure.Label}/{figure.Entry.Unit} ({figure.Entry.SourceShort}, sejak {PriceChunker.Date(figure.Entry.Effective)})\n");
        if (province.Length == 0)
            text.Append($"Provinsi koperasi belum diatur, jadi harga per zona (beras, gula, LPG) belum bisa dipilih. Pengurus mengaturnya: {CommandExamples.CooperativeProvince}\n");
        text.Append(book.List.Warning);
        return new Reply(text.ToString().TrimEnd());
    }

    public Reply MapItem(CommandContext context, ItemCommodity command)
    {
        if (!book.IsKnown(command.Commodity))
            return new Reply($"Komoditas \"{command.Commodity}\" tidak dikenal. Pilihan: {string.Join(", ", book.Commodities)}. Contoh: {CommandExamples.ItemCommodity}");
        if (!lookup.TryResolve(context, command.Item, out var item, out var reply)) return reply;
        // A ceiling per kg compared with a price per karung would flag every sale: the units must agree.
        var unit = book.List.Prices.First(p => p.Commodity == command.Commodity).Unit;
        if (!string.Equals(unit, item.BaseUnit, StringComparison.OrdinalIgnoreCase))
            return new Reply($"Harga acuan {command.Commodity} per {unit}, sedangkan {item.Name.ToLowerInvariant()} dicatat per {item.BaseUnit}. " +
                             $"Pilih barang yang satuannya {unit}. Contoh: {CommandExamples.ItemCommodity}");
        var figure = book.For(context.Cooperative, command.Commodity, recaps.Today(context.KoperasiId));
        return Replies.From(catalog.ChangeItem(context.Origin, item.Id, changed =>
        {
            changed.Commodity = command.Commodity;
            return WriteResult.Recorded($"Tercatat: {changed.Name.ToLowerInvariant()} memakai harga acuan {command.Commodity}" + (figure is null
                ? $" (belum ada angka untuk wilayah koperasi ini; atur provinsi dengan {CommandExamples.CooperativeProvince})."
                : $": {figure.Label}/{figure.Entry.Unit} ({figure.Entry.SourceShort})."));
        }));
    }

    public Reply SetProvince(CommandContext context, CooperativeProvince command)
    {
        if (Provinces.Find(command.Province) is not { } province)
            return new Reply($"Provinsi \"{command.Province}\" tidak dikenal. Tulis nama lengkapnya. Contoh: {CommandExamples.CooperativeProvince}");
        return Replies.From(cooperatives.SetProvince(context.Origin, province.Name,
            c => $"Tercatat: {c.Name} berada di provinsi {c.Province}. Lihat harga acuannya: /acuan"));
    }
}
