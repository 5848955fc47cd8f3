using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// Rewrites chat spelling into standard Indonesian before analysis: abbreviations ("brp", "yg", "tdk"),
/// colloquial verbs ("ngelola", "nanggung") and common misspellings of domain words ("koprasi").
/// Works word by word on lower-cased text; everything else is left as typed.
/// </summary>
public static partial class ChatNormalizer
{
    public static readonly IReadOnlyDictionary<string, string> Slang = new Dictionary<string, string>
    {
        // question words and function words
        ["brp"] = "berapa", ["brapa"] = "berapa", ["gmn"] = "bagaimana", ["gimana"] = "bagaimana", ["gmna"] = "bagaimana",
        ["bgmn"] = "bagaimana", ["bgm"] = "bagaimana", ["gmana"] = "bagaimana", ["kpn"] = "kapan", ["knp"] = "kenapa",
        ["yg"] = "yang", ["tdk"] = "tidak", ["gak"] = "tidak", ["ga"] = "tidak", ["nggak"] = "tidak", ["ngga"] = "tidak",
        ["engga"] = "tidak", ["enggak"] = "tidak", ["kagak"] = "tidak", ["gk"] = "tidak",
        ["sy"] = "saya", ["aku"] = "saya", ["gw"] = "saya", ["gue"] = "saya", ["dgn"] = "dengan", ["dg"] = "dengan",
        ["utk"] = "untuk", ["bwt"] = "untuk", ["buat"] = "untuk", ["org"] = "orang", ["bs"] = "bisa", ["bsa"] = "bisa",
        ["udh"] = "sudah", ["sdh"] = "sudah", ["udah"] = "sudah", ["blm"] = "belum", ["krn"] = "karena", ["karna"] = "karena",
        ["kalo"] = "kalau", ["klo"] = "kalau", ["kl"] = "kalau", ["tp"] = "tapi", ["jd"] = "jadi", ["ato"] = "atau",
        ["atw"] = "atau", ["aja"] = "saja", ["sm"] = "sama", ["dr"] = "dari", ["pd"] = "pada", ["mnrt"] = "menurut",
        ["thn"] = "tahun", ["bln"] = "bulan", ["hr"] = "hari", ["apaan"] = "apa", ["emg"] = "memang", ["bener"] = "benar",
        ["dlm"] = "dalam", ["sblm"] = "sebelum", ["stlh"] = "setelah", ["jg"] = "juga", ["lg"] = "lagi", ["bgt"] = "sangat",
        ["ama"] = "sama", ["trs"] = "terus", ["gmn2"] = "bagaimana", ["apa2"] = "apa", ["gaboleh"] = "tidak boleh",
        ["gabisa"] = "tidak bisa", ["mksd"] = "maksud", ["maksudnya"] = "maksud", ["ttg"] = "tentang", ["spt"] = "seperti",
        // colloquial verbs
        ["ngelola"] = "mengelola", ["ngurus"] = "mengurus", ["nanggung"] = "menanggung", ["nyimpan"] = "menyimpan",
        ["nabung"] = "menabung", ["minjem"] = "meminjam", ["pinjem"] = "pinjam", ["ngadain"] = "mengadakan",
        ["ngasih"] = "memberi", ["nentuin"] = "menentukan", ["dapet"] = "dapat", ["ngajuin"] = "mengajukan",
        ["ngatur"] = "mengatur", ["bayar"] = "membayar", ["milih"] = "memilih", ["ngangkat"] = "mengangkat",
        ["angkat"] = "mengangkat", ["dibikin"] = "dibentuk", ["ngebentuk"] = "membentuk", ["gabung"] = "bergabung",
        ["bubarin"] = "membubarkan", ["ditaruh"] = "ditempatkan", ["naruh"] = "menempatkan",
        ["diadain"] = "diadakan", ["dibagiin"] = "dibagikan", ["dipindahin"] = "dipindahkan", ["naro"] = "menempatkan",
        ["ditentuin"] = "ditentukan", ["nyetor"] = "menyetor", ["langkah2"] = "langkah", ["syarat2"] = "syarat",
        // domain words as typed in chats
        ["kop"] = "koperasi", ["koprasi"] = "koperasi", ["kopersi"] = "koperasi", ["koperasai"] = "koperasi",
        ["anggt"] = "anggota", ["agt"] = "anggota", ["pengrus"] = "pengurus", ["pngurus"] = "pengurus",
        ["pngawas"] = "pengawas", ["smpn"] = "simpanan", ["simp"] = "simpanan", ["pinj"] = "pinjaman",
    };

    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant();
        return Word().Replace(lower, m => Slang.TryGetValue(m.Value, out var standard) ? standard : m.Value);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
