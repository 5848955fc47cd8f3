using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// Who decides: "bunga pinjaman siapa yg nentuin?", "yg berhak nyopot pengurus siapa?", "perlu izin rapat anggota gk?"
/// ask which organ holds a power. Word overlap alone prefers a long article that mentions the topic ("bunga", "pinjaman")
/// over the short one that says who decides it ("Imbalan … ditentukan oleh Rapat Anggota"). A passage names a decider
/// when it gives a decision to an organ ("ditunjuk oleh Rapat Anggota", "persetujuan terlebih dahulu dari Rapat Anggota",
/// "Rapat Anggota menetapkan:", "Pengurus berwenang:"); the search prefers such a passage for such a question.
/// </summary>
public static partial class Deciders
{
    /// <summary>
    /// Whether the question asks who holds a power or whose approval is needed, and the organ it names as the one
    /// acted on ("nyopot pengurus": the pengurus is dismissed, so a passage where the pengurus decides does not answer).
    /// </summary>
    public static (bool Asked, string? Object) AskedIn(string question)
    {
        var text = ChatNormalizer.Normalize(question);
        if (!WhoDecides().IsMatch(text)) return (false, null);
        return (true, ActedOn().Match(text) is { Success: true } m ? OrganName(m.Groups["organ"].Value) : null);
    }

    /// <summary>The organs a passage gives a decision to ("rapat anggota", "pengurus", "pemerintah" …).</summary>
    public static IReadOnlySet<string> NamedIn(string text)
    {
        var lower = Regex.Replace(text.ToLowerInvariant(), @"\s+", " ");
        return ByOrgan().Matches(lower).Concat(OrganDecides().Matches(lower)).Concat(SubmittedForApproval().Matches(lower))
            .Select(m => OrganName(m.Groups["organ"].Value)).ToHashSet();
    }

    /// <summary>Whether a passage's deciders answer the question: some organ decides other than the one acted on.</summary>
    public static bool Answers(IReadOnlySet<string> deciders, string? actedOn) => deciders.Any(d => d != actedOn);

    private static string OrganName(string organ) => organ switch
    {
        "ketua" or "bendahara" or "sekretaris" => "pengurus",
        "rapat anggota luar biasa" or "rat" or "ralb" => "rapat anggota",
        _ => organ,
    };

    private const string Decide =
        "menentukan|ditentukan|menetapkan|ditetapkan|memutuskan|diputuskan|berwenang|berhak|memberhentikan|diberhentikan|memecat|dipecat|"
        + "mencopot|dicopot|mengangkat|diangkat|menunjuk|ditunjuk|mengesahkan|disahkan|menyetujui|disetujui|membubarkan|dibubarkan|"
        + "menyelenggarakan|mengadakan|memimpin|mengeluarkan|dikeluarkan";

    [GeneratedRegex(@"\bsiapa\b[^.?!,]{0,40}\b(" + Decide + @")\b|\b(" + Decide + @")\b[^.?!,]{0,30}\bsiapa\b|\b(perlu|harus|wajib|mesti)\b[^.?!,]{0,15}\b(izin|ijin|persetujuan|disetujui|restu)\b"
        // "persetujuannya dr siapa aja?", "cukup keputusan pengurus atau harus lewat rapat?": whose approval, between two organs.
        + @"|\b(persetujuan\w*|izin\w*|ijin\w*|restu\w*)\b[^.?!,]{0,15}\bsiapa\b|\bcukup\b[^.?!]{0,50}\batau\b[^.?!]{0,15}\b(harus|hrs|mesti|perlu|lewat|melalui)\b")]
    private static partial Regex WhoDecides();

    private const string Organs = "rapat anggota luar biasa|rapat anggota|pengurus|pengawas|pemerintah|menteri|kepala desa";

    /// <summary>"nyopot pengurus", "mecat ketua", "diberhentikan pengurusnya": the organ right after the decision word.</summary>
    [GeneratedRegex(@"\b(" + Decide + @")\s+(?<organ>pengurus|pengawas|ketua|bendahara|sekretaris|manajer|pengelola)\b")]
    private static partial Regex ActedOn();

    /// <remarks>
    /// "tidak diperlukan persetujuan Menteri" names nobody who decides. "Penggunaan Dana Cadangan … ditetapkan berdasarkan Rapat Anggota"
    /// gives the decision to the meeting as "oleh" does.
    /// </remarks>
    [GeneratedRegex(@"(?<!\btidak (di)?perlukan )\b(ditentukan|ditetapkan|diputuskan|ditunjuk|diangkat|diberhentikan|dipilih|disahkan|disetujui|diselenggarakan|dipimpin|dilakukan|persetujuan|keputusan)( terlebih dahulu)?( oleh| dari| dalam| berdasarkan)? (?<organ>" + Organs + @")\b")]
    private static partial Regex ByOrgan();

    /// <summary>"rencana pengangkatan tersebut diajukan kepada Rapat Anggota untuk mendapat persetujuan": the organ named before the approval.</summary>
    [GeneratedRegex(@"\b(diajukan|disampaikan) kepada (?<organ>" + Organs + @")( koperasi)? untuk (mendapat|mendapatkan|memperoleh) persetujuan\b")]
    private static partial Regex SubmittedForApproval();

    [GeneratedRegex(@"(^|\(\d+\) |: )(?<organ>" + Organs + @")( koperasi)? (menetapkan|berwenang|memutuskan|menunjuk|mengangkat|memberhentikan)\b")]
    private static partial Regex OrganDecides();
}
