using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// "harga acuan telur ayam ras brp?": the reference prices cover a few goods; asked about other goods, the price words
/// ("harga acuan", "HET") still find some price (gula's), which answers nothing. A price passage answers only when the
/// question shares something with it beyond those words and the regions of its zones (the goods, the legal source): when it shares
/// nothing more and names something the knowledge base has never seen (the goods asked about), there is no answer.
/// "harga acuan resmi sembako apa aja?" names nothing unknown and is still answered.
/// </summary>
public static class UnlistedGoods
{
    /// <summary>The words every price passage is written with ("Harga Eceran Tertinggi (HET) …, berlaku sejak …:").</summary>
    /// <remarks>
    /// Units too ("HET telur brp per kg?" shares "kg" with the LPG 3 kg tabung, which answers nothing about eggs), and the list's
    /// title, "… yang dipakai KDKMP" ("HET pupuk urea brp? mau jual di kopdes" shares only the kopdes with it).
    /// </remarks>
    private const string PriceWording = "harga acuan eceran tertinggi het hap penjualan resmi berlaku sejak sampai sudah tidak per zona dasar seluruh indonesia kg kilo kilogram liter tabung"
        + " dipakai kdkmp kdmp kkmp kopdes kopkel koperasi desa kelurahan merah putih";

    public static bool Asked(IReadOnlyList<Concept> concepts, int ordinal, RegulationIndex index)
    {
        if (index.Knowledge.Chunks[ordinal].Document.Prices is null) return false;
        // "harga telur HET di Kalimantan brp?": a region the list names is where a price holds, not what it is of.
        var regions = index.Knowledge.Chunks[ordinal].Document.Prices!.Prices.SelectMany(p => p.Zones).Select(z => z.Regions);
        var framing = IndonesianAnalysis.Terms(index.Analyzer, string.Join(' ', [PriceWording, .. regions])).ToHashSet();
        var terms = index.TermSets[ordinal];
        if (concepts.Any(c => c.Alternatives.Any(a => a.Any(t => terms.Contains(t) && !framing.Contains(t))))) return false;
        return concepts.Any(c => !c.Aside && c.Alternatives.All(a => a.Any(t => index.DocumentFrequency(t) == 0)));
    }
}
