using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Knowledge.Documents;

namespace KKMP.Bot.ReferencePrices;

/// <summary>One official figure as it applies to one cooperative on one day: the entry in force and its zone's price.</summary>
public sealed record AppliedReferencePrice(ReferencePrice Entry, PriceZone Zone)
{
    public long Rupiah => (long)Zone.Price;

    /// <summary>"HET Rp13.500" or "HAP Rp17.500".</summary>
    public string Label => $"{Entry.Kind.ToUpperInvariant()} {IndonesianFormat.Rupiah(Rupiah)}";

    /// <summary>True when a shop price per unit is above this figure and the figure is a ceiling (HET).</summary>
    public bool IsBreachedBy(long shopPrice) => Entry.IsCeiling && shopPrice > Rupiah;

    /// <summary>"di atas HET Rp15.700 (Permendag 18/2024)": the phrase a warning or a confirmation names the rule with.</summary>
    public string Breach => $"di atas {Label} ({Entry.SourceShort})";
}
