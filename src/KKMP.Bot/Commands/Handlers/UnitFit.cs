using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// How many base units one typed unit is, for one item: its base unit, its packing units
/// (karung = 25 kg), or a metric step (gram → kg, ml → liter). Anything else does not fit: an error, not a guess.
/// </summary>
public static class UnitFit
{
    private static readonly Dictionary<(string Typed, string Base), decimal> Metric = new()
    {
        [("gram", "kg")] = 0.001m, [("kg", "gram")] = 1000m, [("ml", "liter")] = 0.001m, [("liter", "ml")] = 1000m,
        // The ons of Indonesian markets is 100 grams.
        [("ons", "kg")] = 0.1m, [("ons", "gram")] = 100m,
    };

    public static decimal? Factor(ItemDoc item, string? unit)
    {
        if (unit is null || string.Equals(unit, item.BaseUnit, StringComparison.OrdinalIgnoreCase)) return 1m;
        var pack = item.Packing.FirstOrDefault(p => string.Equals(p.Key, unit, StringComparison.OrdinalIgnoreCase));
        if (pack.Key is not null) return pack.Value;
        return Metric.TryGetValue((unit.ToLowerInvariant(), item.BaseUnit.ToLowerInvariant()), out var step) ? step : null;
    }

    /// <summary>"kg, karung atau sak": the units that fit an item, for error messages.</summary>
    public static string FittingUnits(ItemDoc item)
    {
        var units = item.Packing.Keys.Prepend(item.BaseUnit).ToList();
        return units.Count == 1 ? units[0] : $"{string.Join(", ", units[..^1])} atau {units[^1]}";
    }

    public static string Mismatch(ItemDoc item, string unit, string example) =>
        $"Satuan \"{unit}\" tidak cocok untuk {item.Name.ToLowerInvariant()}. Pakai {FittingUnits(item)}, contoh: {example}";
}
