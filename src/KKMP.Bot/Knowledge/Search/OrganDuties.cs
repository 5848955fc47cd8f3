using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>The organs of a cooperative whose duties and rights the law lists one by one.</summary>
public enum Organ { Pengurus, Pengawas, Anggota, RapatAnggota, Pengelola, AnggotaLuarBiasa }

/// <summary>What an article lists for an organ: its tasks, powers, rights, obligations, or to whom it answers.</summary>
public enum Act { Tugas, Wewenang, Hak, Kewajiban, TanggungJawab }

/// <summary>
/// Who does what: "tugas pengawas" and "tugas pengurus" share every word but one, and the pengurus' long list
/// of tasks outscores the pengawas' short one on word overlap alone. An article states whose duty it lists
/// ("Pengawas bertugas:", "Setiap anggota mempunyai kewajiban:", "Kewajiban dan Hak Anggota"); a question
/// asks about one organ's act ("tugas sy apa aja" from someone who "baru dilantik jadi pengawas"). The
/// search prefers the article that states the asked pair.
/// </summary>
public static partial class OrganDuties
{
    /// <summary>The (role, act) pairs a passage states at the start of a line or in a heading line (not a closing one).</summary>
    public static IReadOnlySet<(Organ, Act)> StatedIn(string text)
    {
        var pairs = new HashSet<(Organ, Act)>();
        var lines = text.ToLowerInvariant().Split('\n');
        // The model AD's heading for the next article ("Kewenangan Pengurus") ends the passage before it: it titles what follows.
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            if (Statement().Match(line) is { Success: true } s && OrganOf(s.Groups["role"].Value) is { } role && ActOf(s.Groups["act"].Value) is { } act)
                pairs.Add((role, act));
            if ((i != last || last == 0) && Heading().Match(line) is { Success: true } h && OrganOf(h.Groups["role"].Value) is { } headOrgan)
                foreach (Capture capture in h.Groups["act"].Captures)
                    if (ActOf(capture.Value) is { } headAct) pairs.Add((headOrgan, headAct));
        }
        return pairs;
    }

    /// <summary>
    /// The organ and act a question asks about, or null. The organ is the one named next to the act word
    /// ("tugas pengawas", "pengawas emang berhak", "rapat anggota itu wewenangnya"), else the only organ the
    /// question names ("sy baru jadi pengawas, tugas sy apa?"). "yg berhak nyopot pengurus" names the pengurus
    /// as an object, not as the holder of the right, so an organ after the act must follow it directly.
    /// </summary>
    public static (Organ Organ, Act Act)? AskedIn(string question)
    {
        var words = Word().Matches(ChatNormalizer.Normalize(question)).Select(m => m.Value).ToList();
        var organs = new List<(int Start, int End, Organ Organ)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "rapat" && i + 1 < words.Count && words[i + 1] == "anggota") { organs.Add((i, i + 1, Organ.RapatAnggota)); i++; continue; }
            // "anggota pengurus", "ketua pengawas": the second word names the organ.
            if (words[i] is "anggota" or "ketua" && i + 1 < words.Count && OrganOf(words[i + 1]) is Organ.Pengurus or Organ.Pengawas) continue;
            if (words[i] is "rat") { organs.Add((i, i, Organ.RapatAnggota)); continue; }
            if (words[i] == "anggota" && i + 2 < words.Count && words[i + 1] == "luar" && words[i + 2] == "biasa") { organs.Add((i, i + 2, Organ.AnggotaLuarBiasa)); i += 2; continue; }
            if (OrganOf(words[i]) is { } role) organs.Add((i, i, role));
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (ActOf(words[i]) is not { } act) continue;
            var end = i;
            if (words[i] is "tanggung" or "bertanggung" && i + 1 < words.Count && words[i + 1].StartsWith("jawab", StringComparison.Ordinal)) end = i + 1;
            else if (act == Act.TanggungJawab) continue;
            var after = organs.FirstOrDefault(r => r.Start == end + 1 || r.Start == end + 2 && Filler.Contains(words[end + 1]));
            if (after != default) return Pair(after.Organ, act);
            var before = organs.LastOrDefault(r => r.End < i && i - r.End <= 3);
            if (before != default) return Pair(before.Organ, act);
            // "siapa yg berwenang mecat ketua?" asks who holds the power: the organ named is its object.
            var distinct = organs.Select(r => r.Organ).Distinct().ToList();
            if (distinct.Count == 1 && !words.Contains("siapa")) return Pair(distinct[0], act);
        }
        return null;
    }

    /// <summary>
    /// The one officer organ (pengurus, pengawas, pengelola) a question is about, or null when it names none or several:
    /// "pengurus kopdes boleh dipilih lg brp kali?" is about the pengurus; "ketua pengawas" is a pengawas. A question about
    /// becoming a member that names no officer is about the members.
    /// </summary>
    public static Organ? OfficerAskedAbout(string question)
    {
        var words = Word().Matches(ChatNormalizer.Normalize(question)).Select(m => m.Value).ToList();
        var named = new HashSet<Organ>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "ketua" or "anggota" && i + 1 < words.Count && OrganOf(words[i + 1]) is Organ.Pengurus or Organ.Pengawas) continue;
            if (OrganOf(words[i]) is { } organ and (Organ.Pengurus or Organ.Pengawas or Organ.Pengelola)) named.Add(organ);
        }
        if (named.Count == 0 && BecomesMember(words)) return Organ.Anggota;
        return named.Count == 1 ? named.Single() : null;
    }

    /// <summary>
    /// "syarat jd anggota kopdes apa aja": asked about becoming a member, so the requirements for a pengurus or a pengawas
    /// (lists that also say "anggota" and "memenuhi persyaratan") are about another organ.
    /// </summary>
    private static bool BecomesMember(List<string> words) =>
        Enumerable.Range(1, Math.Max(words.Count - 1, 0)).Any(i => words[i] == "anggota" && words[i - 1] is "jadi" or "menjadi" or "masuk" or "diterima");

    /// <summary>The officer organ a passage is about: the first one its opening line names ("(1) Pengawas dipilih …").</summary>
    public static Organ? OfficerOf(string text)
    {
        foreach (var word in Word().Matches(text.Split('\n')[0].ToLowerInvariant()).Select(m => m.Value))
            if (OrganOf(word) is { } organ and (Organ.Pengurus or Organ.Pengawas or Organ.Pengelola)) return organ;
        return null;
    }

    /// <summary>
    /// In the law's words only members have rights and obligations, and organs have tasks and powers: "pengawas
    /// berhak …?" asks what the pengawas is empowered to do, "kewajiban pengurus" what its tasks are.
    /// </summary>
    private static (Organ, Act) Pair(Organ organ, Act act) => (organ, (organ, act) switch
    {
        (Organ.Anggota or Organ.AnggotaLuarBiasa, Act.Tugas) => Act.Kewajiban,
        (Organ.Anggota or Organ.AnggotaLuarBiasa, Act.Wewenang) => Act.Hak,
        (not (Organ.Anggota or Organ.AnggotaLuarBiasa), Act.Hak) => Act.Wewenang,
        (not (Organ.Anggota or Organ.AnggotaLuarBiasa), Act.Kewajiban) => Act.Tugas,
        _ => act,
    });

    /// <summary>The word the law lists an act under ("Pengurus bertugas:", "Rapat Anggota berwenang:", "Setiap anggota berhak:").</summary>
    public static string LawsWord(Act act) => act switch
    {
        Act.Tugas => "tugas",
        Act.Wewenang => "wewenang",
        Act.Hak => "hak",
        Act.Kewajiban => "kewajiban",
        _ => "tanggung jawab",
    };

    /// <summary>Whether a word of the question is the act word, or its everyday stand-in ("berhak" for "berwenang").</summary>
    public static bool Names(string word, Act act) => ActOf(word) is { } named && (named == act || Stands(named, act));

    private static bool Stands(Act named, Act act) => (named, act) is (Act.Hak, Act.Wewenang) or (Act.Wewenang, Act.Hak) or (Act.Kewajiban, Act.Tugas) or (Act.Tugas, Act.Kewajiban);

    private static readonly HashSet<string> Filler = ["itu", "si", "para", "sebagai", "seorang", "setiap", "tiap", "sih", "dari", "kami", "kita"];

    private static Organ? OrganOf(string word) => word switch
    {
        "pengurus" or "pengurusnya" or "ketua" or "bendahara" or "sekretaris" => Organ.Pengurus,
        "pengawas" or "pengawasnya" => Organ.Pengawas,
        "anggota" or "anggotanya" => Organ.Anggota,
        "rapat anggota" or "rat" => Organ.RapatAnggota,
        "anggota luar biasa" => Organ.AnggotaLuarBiasa,
        "pengelola" or "manajer" or "pengelolanya" or "manajernya" => Organ.Pengelola,
        _ => null,
    };

    private static Act? ActOf(string word) => word switch
    {
        "tugas" or "tugasnya" or "bertugas" => Act.Tugas,
        "wewenang" or "wewenangnya" or "berwenang" or "kewenangan" or "kewenangannya" or "menetapkan" or "ditetapkan" => Act.Wewenang,
        "hak" or "haknya" or "berhak" => Act.Hak,
        "kewajiban" or "kewajibannya" or "wajib" => Act.Kewajiban,
        "tanggung" or "bertanggung" or "tanggung jawab" or "bertanggung jawab" or "tanggungjawab" or "tanggungjawabnya" => Act.TanggungJawab,
        _ => null,
    };

    /// <summary>"(1) Pengawas bertugas:", "Setiap anggota mempunyai kewajiban:", "Rapat Anggota Koperasi berwenang:".</summary>
    [GeneratedRegex(@"^\s*(\(\d+\)\s*)?(setiap\s+)?(?<role>rapat anggota|pengurus|pengawas|anggota luar biasa|anggota|pengelola)(\s+koperasi)?(\s+desa/kelurahan merah putih)?\s+(mempunyai\s+|memiliki\s+)?(?<act>bertugas|berwenang|berhak|hak|kewajiban|wajib|tugas|wewenang|bertanggung jawab|menetapkan(?=\s*:))")]
    private static partial Regex Statement();

    /// <summary>A heading line: "Kewajiban dan Hak Anggota", "Tugas dan Wewenang Pengawas".</summary>
    [GeneratedRegex(@"^\s*((?<act>tugas|wewenang|kewenangan|hak|kewajiban)(\s+dan\s+|\s*,\s*)?)+\s*(?<role>rapat anggota|pengurus|pengawas|anggota luar biasa|anggota|pengelola)\b[\s\-]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
