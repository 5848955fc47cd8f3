using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.ReferencePrices;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// "HET LPG 3 kg di Kalimantan Barat brp?": a reference price holds only in the zones its entry lists (LPG's is a governor's
/// decree for Jawa Timur). Asked for a province no zone of the entry covers, and with no nationwide zone, the knowledge base
/// has no figure for it, and another province's figure is no answer.
/// </summary>
public static class UncoveredRegion
{
    public static bool Asked(string question, KnowledgeChunk chunk)
    {
        if (chunk.Document.Prices is not { } list || Provinces.NamedIn(question) is not { } province) return false;
        var entry = list.Prices.FirstOrDefault(p => chunk.Citation.StartsWith($"{chunk.Document.Citation} {p.Commodity}", StringComparison.Ordinal)
            && (p.Until is null) == !chunk.Citation.Contains(" (riwayat ", StringComparison.Ordinal));
        return entry is not null && ReferencePriceBook.ZoneOf(entry, province) is null;
    }
}
