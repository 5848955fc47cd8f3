using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// The official reference prices of <c>knowledge/harga-acuan.yaml</c>: each commodity's ceiling (HET) or
/// reference (HAP) price per zone, with its legal source and dates. Entries that ended (<c>until</c>) stay as history.
/// </summary>
public sealed class ReferencePriceList
{
    public string Id { get; set; } = "harga-acuan";
    public string Citation { get; set; } = "Harga acuan";
    public string Title { get; set; } = "Harga acuan resmi";

    /// <summary>Said with every figure: the numbers must be checked against the official text.</summary>
    public string Warning { get; set; } = "";

    public List<ReferencePrice> Prices { get; set; } = [];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static ReferencePriceList Parse(string yaml, string fileName)
    {
        ReferencePriceList list;
        try { list = Yaml.Deserialize<ReferencePriceList>(yaml) ?? new(); }
        catch (YamlDotNet.Core.YamlException e) { throw new InvalidDataException($"{fileName}: not valid (line {e.Start.Line}): {e.Message}", e); }
        var bad = list.Prices.FirstOrDefault(p => p.Commodity.Length == 0 || p.Zones.Count == 0 || p.Zones.Any(z => z.Price <= 0));
        if (bad is not null)
            throw new InvalidDataException($"{fileName}: every price needs a commodity and zones with a positive price ({bad.Name}).");
        return list;
    }

    /// <summary>The entry of a commodity in force on a date (the latest that started on or before it and has not ended).</summary>
    public ReferencePrice? InForce(string commodity, DateOnly date) => Prices
        .Where(p => p.Commodity == commodity && p.Effective <= date && (p.Until is null || date <= p.Until))
        .MaxBy(p => p.Effective);

    public KnowledgeDocument ToDocument() => new(
        Id, Citation, Title, Kind: "harga-acuan", Year: 0, Status: "berlaku", Format: "harga-acuan",
        Source: "knowledge/harga-acuan.yaml", IsSummary: false, Amendments: [], Amends: null, AmendingArticle: null,
        OfficialSource: null, BodyLines: [])
    { Prices = this };
}

public sealed class ReferencePrice
{
    /// <summary>Commodity id: beras-medium, beras-premium, minyakita, gula, lpg-3kg.</summary>
    public string Commodity { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Quality { get; set; }
    public string Unit { get; set; } = "";

    /// <summary>HET (harga eceran tertinggi, a ceiling) or HAP (harga acuan penjualan, a reference).</summary>
    public string Kind { get; set; } = "HET";
    public string Source { get; set; } = "";
    public string SourceShort { get; set; } = "";
    public DateOnly Effective { get; set; }
    public DateOnly? Until { get; set; }
    public string? Note { get; set; }
    public List<PriceZone> Zones { get; set; } = [];

    public bool IsCeiling => Kind.Equals("HET", StringComparison.OrdinalIgnoreCase);
}

public sealed class PriceZone
{
    public string Zone { get; set; } = "";
    public string Regions { get; set; } = "";
    public decimal Price { get; set; }
}
