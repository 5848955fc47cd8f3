using System.Globalization;
using System.Text;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// One passage per reference price entry, written as plain Indonesian sentences so the same search finds
/// it ("HET minyakita berapa?"): the figure per zone, the legal source and the dates. An entry that ended
/// is cited as history ("Harga acuan beras-medium (riwayat Perbadan 5/2024)").
/// </summary>
public static class PriceChunker
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static IEnumerable<KnowledgeChunk> Chunk(KnowledgeDocument doc)
    {
        foreach (var price in doc.Prices?.Prices ?? [])
        {
            var citation = price.Until is null
                ? $"{doc.Citation} {price.Commodity}"
                : $"{doc.Citation} {price.Commodity} (riwayat {price.SourceShort})";
            yield return new KnowledgeChunk(citation, doc.Id, price.Name, Describe(price)) { Document = doc };
        }
    }

    public static string Rupiah(decimal amount) => "Rp" + amount.ToString("#,0", Indonesian);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Indonesian);

    private static string Describe(ReferencePrice price)
    {
        var kind = price.IsCeiling ? "Harga Eceran Tertinggi (HET)" : "Harga Acuan Penjualan (HAP), harga acuan resmi";
        var text = new StringBuilder($"{kind} {price.Name}");
        if (price.Quality is { } quality) text.Append($" ({quality})");
        text.Append(price.Until is { } until
            ? $", berlaku {Date(price.Effective)} sampai {Date(until)} (sudah tidak berlaku):"
            : $", berlaku sejak {Date(price.Effective)}:");
        foreach (var zone in price.Zones)
            text.Append($"\n- {Rupiah(zone.Price)} per {price.Unit}: {ZoneLabel(zone)}");
        text.Append($"\nDasar: {price.Source} ({price.SourceShort}).");
        if (price.Note is { } note) text.Append($"\n{note}");
        return text.ToString();
    }

    private static string ZoneLabel(PriceZone zone) =>
        int.TryParse(zone.Zone, out _) ? $"zona {zone.Zone} ({zone.Regions})" : zone.Regions;
}
