namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Unit words people type on a phone, mapped to one canonical name per unit. Whether a unit fits
/// an item (beras in kg, not liter) is the ledger's decision; here we only recognise the word.
/// </summary>
public static class Units
{
    private static readonly Dictionary<string, string[]> AliasesByCanonical = new()
    {
        ["kg"] = ["kg", "kilo", "kilogram", "kgs", "kelo"], // Madurese kèlo
        ["gram"] = ["gram", "gr", "g", "grm"],
        ["ons"] = ["ons", "ones"],
        ["liter"] = ["liter", "litre", "ltr", "lt", "l"],
        ["ml"] = ["ml", "mililiter", "mili"],
        ["butir"] = ["butir", "btr"],
        ["pcs"] = ["pcs", "pc", "biji", "buah", "bh"],
        ["bungkus"] = ["bungkus", "bks", "bgks", "bungkuih"], // Minang bungkuih
        ["dus"] = ["dus", "dos", "box", "kardus"],
        ["karung"] = ["karung", "krg", "karuang", "karong"], // Minang karuang, Malay (Pontianak, Riau) karong
        ["sak"] = ["sak"],
        ["ikat"] = ["ikat"],
        ["botol"] = ["botol", "btl"],
        ["pack"] = ["pack", "pak"],
        ["renteng"] = ["renteng", "renceng", "rentengan"],
        ["lusin"] = ["lusin"],
        ["kaleng"] = ["kaleng"],
        ["sachet"] = ["sachet", "saset"],
        ["tray"] = ["tray", "rak"],
    };

    private static readonly Dictionary<string, string> CanonicalByAlias =
        AliasesByCanonical
            .SelectMany(pair => pair.Value.Select(alias => (alias, canonical: pair.Key)))
            .ToDictionary(x => x.alias, x => x.canonical, StringComparer.OrdinalIgnoreCase);

    /// <summary>Short list shown when a unit word was not understood.</summary>
    /// "ons" is left out: it is another name for 100 gram, and the reply must stay short on a phone.
    public static readonly string KnownUnitsText = string.Join(", ", AliasesByCanonical.Keys.Where(unit => unit != "ons"));

    /// <summary>"Kilo" → "kg", "ltr" → "liter"; null when the word is not a unit we know.</summary>
    public static string? Normalize(string word) =>
        CanonicalByAlias.TryGetValue(word.Trim().TrimEnd('.', ',', '?', '!'), out var canonical) ? canonical : null;

    public static bool IsUnit(string word) => Normalize(word) is not null;
}
