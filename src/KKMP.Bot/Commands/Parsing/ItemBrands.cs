namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Brands, grades and regional names people say instead of (or after) the goods' own name: "bimoli" is minyak goreng,
/// "beras SPHP" is beras, "telor ayam negeri" is telur. Only widely sold sembako brands are listed, and
/// only when the brand means one kind of goods; a cooperative adds its own with an item alias. A name
/// that is not here and not in the catalogue still gets "tidak ada di daftar" (minyak tanah is not
/// minyak goreng).
/// </summary>
public static class ItemBrands
{
    /// <summary>Brand or grade words → the goods' generic name.</summary>
    private static readonly Dictionary<string, string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bimoli"] = "minyak goreng", ["sania"] = "minyak goreng", ["filma"] = "minyak goreng", ["fortune"] = "minyak goreng",
        ["tropical"] = "minyak goreng", ["sunco"] = "minyak goreng", ["sovia"] = "minyak goreng", ["minyakita"] = "minyak goreng",
        ["rose brand"] = "gula", ["rosebrand"] = "gula", ["gulaku"] = "gula", ["gmp"] = "gula",
        ["segitiga biru"] = "tepung terigu", ["segitiga"] = "tepung terigu", ["cakra kembar"] = "tepung terigu",
        ["cakra"] = "tepung terigu", ["kunci biru"] = "tepung terigu", ["lencana merah"] = "tepung terigu",
        ["sphp"] = "beras", ["bulog"] = "beras", ["ayam negeri"] = "telur", ["ayam ras"] = "telur",
        // the same goods in Minang (bareh, gulo), Javanese/Sundanese (endog, endok, lengo)
        ["bareh"] = "beras", ["gulo"] = "gula", ["endog"] = "telur", ["endok"] = "telur", ["endhog"] = "telur", ["endhok"] = "telur", ["lengo"] = "minyak goreng",
        ["lenga"] = "minyak goreng", ["beas"] = "beras",
        // rice: Javanese krama uwos, Madurese berras, Batak boras, Bugis/Makassar berre, Balinese baas, Acehnese breuh, Banjar baras
        ["uwos"] = "beras", ["berras"] = "beras", ["boras"] = "beras", ["berre"] = "beras", ["baas"] = "beras", ["breuh"] = "beras",
        ["baras"] = "beras", ["bras"] = "beras", // Manado and Kupang bras
        // Acehnese breueh (rice) and teupong (flour), Bugis and Malay tapong (flour)
        ["breueh"] = "beras", ["teupong"] = "tepung terigu", ["tapong"] = "tepung terigu",
        // Palembang telok (eggs), Manado/Kupang minya (oil, the final k dropped), Minang and Banjar tapuang/tapung (flour)
        ["telok"] = "telur", ["minya"] = "minyak goreng", ["tapuang"] = "tepung terigu", ["tapung"] = "tepung terigu",
        // sugar: Javanese krama gendis, Bugis/Makassar golla
        ["gendis"] = "gula", ["gendhis"] = "gula", ["golla"] = "gula",
        // eggs: Javanese krama tigan, chat ndog/ndok, Minang talua, Batak tolor, Madurese tellor, Makassar bayao, Balinese taluh,
        // Banjar hintalu, Acehnese boh manok
        ["tigan"] = "telur", ["ndog"] = "telur", ["ndok"] = "telur", ["talua"] = "telur", ["tolor"] = "telur", ["tellor"] = "telur",
        ["bayao"] = "telur", ["taluh"] = "telur", ["hintalu"] = "telur", ["boh manok"] = "telur",
        // cooking oil: Javanese krama lisah, Balinese lengis, Minang minyak makan
        ["lisah"] = "minyak goreng", ["lengis"] = "minyak goreng", ["minyak makan"] = "minyak goreng",
        // wheat flour: Sundanese tarigu, "tepung gandum"
        ["tarigu"] = "tepung terigu", ["tipung"] = "tepung terigu",
        // Sasak gule, Madurese ghula and menyak (mènyak)
        ["gule"] = "gula", ["ghula"] = "gula", ["menyak"] = "minyak goreng", ["tepung gandum"] = "tepung terigu",
        // salt, shallots, garlic in Javanese, Madurese and Sundanese
        ["uyah"] = "garam", ["buja"] = "garam", ["brambang"] = "bawang merah", ["bawang abang"] = "bawang merah",
        ["bawang beureum"] = "bawang merah", ["bawang bodas"] = "bawang putih",
    };

    /// <summary>
    /// What to look up instead, in order, when a brand or grade is named: the other words alone ("telor"
    /// of "telor ayam negeri"), then those words with the goods' name ("gula" for "rose brand"). Empty when none is named.
    /// </summary>
    public static IEnumerable<string> Candidates(string[] words)
    {
        if (Generalise(words) is not { } generic) yield break;
        var rest = Without(words);
        if (rest.Length > 0) yield return rest;
        yield return generic;
    }

    private static string Without(string[] words)
    {
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && Generic.ContainsKey(words[i] + " " + words[i + 1])) { i++; continue; }
            if (!Generic.ContainsKey(words[i])) kept.Add(words[i]);
        }
        return string.Join(' ', kept);
    }

    /// <summary>The words with brands and grades replaced by their goods' name (duplicates dropped), or null when none is named.</summary>
    private static string? Generalise(string[] words)
    {
        var result = new List<string>(words.Length);
        var found = false;
        for (var i = 0; i < words.Length; i++)
        {
            string? generic = null;
            if (i + 1 < words.Length && Generic.TryGetValue(words[i] + " " + words[i + 1], out var pair)) { generic = pair; i++; }
            else if (Generic.TryGetValue(words[i], out var single)) generic = single;
            if (generic is null) { result.Add(words[i]); continue; }
            found = true;
            // "gula rose brand" → "gula"; "rose brand" alone → "gula".
            var genericWords = generic.Split(' ');
            if (!result.Any(w => genericWords.Any(g => g.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(g, StringComparison.Ordinal))))
                result.AddRange(genericWords);
        }
        return found ? string.Join(' ', result) : null;
    }
}
