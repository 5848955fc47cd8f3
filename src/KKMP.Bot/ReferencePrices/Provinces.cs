namespace KKMP.Bot.ReferencePrices;

/// <summary>
/// One of Indonesia's provinces: its name, what people type for it (its abbreviation, and its capital or a well-known region
/// whose name is not also an everyday word: "Toraja", "Bangka", not "Padang" or "Malang"), and the region words price zones use for it.
/// </summary>
public sealed record Province(string Name, string[] Aliases, string[] Regions);

/// <summary>
/// The 38 provinces and how the reference price file names their regions ("Jawa", "Sumatera lainnya",
/// "Kalimantan"), so a cooperative's province finds its zone without a zone number in configuration.
/// </summary>
public static class Provinces
{
    private static readonly string[] OtherSumatera = ["Sumatera lainnya"];

    public static IReadOnlyList<Province> All { get; } =
    [
        new("Aceh", ["nad"], ["Aceh", .. OtherSumatera]),
        new("Sumatera Utara", ["sumut", "medan"], ["Sumut", .. OtherSumatera]),
        new("Sumatera Barat", ["sumbar"], ["Sumbar", .. OtherSumatera]),
        new("Riau", ["pekanbaru"], ["Riau", .. OtherSumatera]),
        new("Kepulauan Riau", ["kepri", "batam", "tanjungpinang"], ["Kepri", .. OtherSumatera]),
        new("Jambi", [], ["Jambi", .. OtherSumatera]),
        new("Bengkulu", [], ["Bengkulu", .. OtherSumatera]),
        new("Kepulauan Bangka Belitung", ["babel", "bangka belitung", "bangka", "belitung", "pangkalpinang"], ["Babel", .. OtherSumatera]),
        new("Sumatera Selatan", ["sumsel", "palembang"], []),
        new("Lampung", [], []),
        new("DKI Jakarta", ["jakarta", "dki"], ["Jawa"]),
        new("Banten", [], ["Jawa"]),
        new("Jawa Barat", ["jabar"], ["Jawa"]),
        new("Jawa Tengah", ["jateng"], ["Jawa"]),
        new("DI Yogyakarta", ["diy", "yogyakarta", "jogja", "yogya"], ["Jawa"]),
        new("Jawa Timur", ["jatim"], ["Jawa"]),
        new("Bali", [], []),
        new("Nusa Tenggara Barat", ["ntb", "lombok", "mataram", "sumbawa"], ["NTB"]),
        new("Nusa Tenggara Timur", ["ntt", "kupang", "flores"], ["NTT"]),
        new("Kalimantan Barat", ["kalbar", "pontianak"], ["Kalimantan"]),
        new("Kalimantan Tengah", ["kalteng"], ["Kalimantan"]),
        new("Kalimantan Selatan", ["kalsel", "banjarmasin"], ["Kalimantan"]),
        new("Kalimantan Timur", ["kaltim", "samarinda", "balikpapan"], ["Kalimantan"]),
        new("Kalimantan Utara", ["kaltara"], ["Kalimantan"]),
        new("Sulawesi Utara", ["sulut", "manado"], ["Sulawesi"]),
        new("Gorontalo", [], ["Sulawesi"]),
        new("Sulawesi Tengah", ["sulteng"], ["Sulawesi"]),
        new("Sulawesi Barat", ["sulbar"], ["Sulawesi"]),
        new("Sulawesi Selatan", ["sulsel", "makassar", "toraja"], ["Sulawesi"]),
        new("Sulawesi Tenggara", ["sultra", "kendari"], ["Sulawesi"]),
        new("Maluku", ["ambon"], []),
        new("Maluku Utara", ["malut"], ["Maluku"]),
        new("Papua", ["jayapura"], []),
        new("Papua Barat", [], ["Papua"]),
        new("Papua Barat Daya", [], ["Papua"]),
        new("Papua Selatan", [], ["Papua"]),
        new("Papua Tengah", [], ["Papua"]),
        new("Papua Pegunungan", [], ["Papua"]),
    ];

    private static readonly Dictionary<string, Province> ByWord = All
        .SelectMany(p => new[] { p.Name }.Concat(p.Aliases).Select(w => (Key: Key(w), p)))
        .ToDictionary(x => x.Key, x => x.p);

    /// <summary>"jatim", "Provinsi Jawa Timur", "jawa  timur" → Jawa Timur; null when unknown.</summary>
    public static Province? Find(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var key = Key(typed);
        if (key.StartsWith("provinsi ", StringComparison.Ordinal)) key = key["provinsi ".Length..];
        return ByWord.GetValueOrDefault(key);
    }

    /// <summary>The province a message names by name or alias ("HET LPG di Kalimantan Barat brp?", "di jatim"), the longest first; null when none.</summary>
    public static Province? NamedIn(string text)
    {
        var words = Key(System.Text.RegularExpressions.Regex.Replace(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ")).Split(' ');
        for (var length = 3; length >= 1; length--)
            for (var i = 0; i + length <= words.Length; i++)
                if (ByWord.GetValueOrDefault(string.Join(' ', words.Skip(i).Take(length))) is { } province) return province;
        return null;
    }

    /// <summary>Every region word a zone may use for this province: its own name first, then the wider group.</summary>
    public static IEnumerable<string> RegionWords(Province province) => [province.Name, .. province.Aliases, .. province.Regions];

    private static string Key(string text) => string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
