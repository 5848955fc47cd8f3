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
        ["ngasih"] = "memberi", ["nentuin"] = "menentukan", ["netapin"] = "menetapkan", ["diputusin"] = "diputuskan", ["diapprove"] = "disetujui", ["approve"] = "menyetujui", ["dapet"] = "dapat", ["ngajuin"] = "mengajukan",
        ["ngatur"] = "mengatur", ["bayar"] = "membayar", ["milih"] = "memilih", ["ngangkat"] = "mengangkat",
        ["angkat"] = "mengangkat", ["dibikin"] = "dibentuk", ["ngebentuk"] = "membentuk", ["gabung"] = "bergabung",
        ["bubarin"] = "membubarkan", ["ditaruh"] = "ditempatkan", ["naruh"] = "menempatkan",
        ["naro"] = "menempatkan",
        ["dibalikin"] = "dikembalikan",
        ["dikembaliin"] = "dikembalikan", ["balikin"] = "mengembalikan", ["ngecek"] = "memeriksa", ["nunjuk"] = "menunjuk",
        ["denger2"] = "dengar", ["denger"] = "dengar", ["ngapain"] = "apa", ["nyuruh"] = "menyuruh", ["disuruh"] = "diinstruksikan",
        ["dipake"] = "dipakai", ["pake"] = "pakai", ["nerima"] = "menerima",
        ["mimpin"] = "memimpin", ["dipimpin"] = "dipimpin", ["mecat"] = "memecat", ["ngebela"] = "membela",
        ["nyalon"] = "mencalonkan", ["dilantik"] = "diangkat", ["nolak"] = "menolak", ["nagih"] = "menagih", ["ngoper"] = "mengalihkan",
        ["minjemin"] = "meminjamkan", ["nyampur"] = "mencampur", ["nyampurin"] = "mencampur", ["dicampurin"] = "dicampur", ["nutup"] = "menutup", ["nutupnya"] = "menutup",
        ["dikasih"] = "diberi", ["tau"] = "tahu", ["skrg"] = "sekarang", ["tgl"] = "tanggal", ["bbrp"] = "beberapa", ["blg"] = "bilang", ["sj"] = "saja", ["blh"] = "boleh", ["dsr"] = "dasar", ["dmn"] = "dimana", ["dpt"] = "dapat", ["nyetor"] = "menyetor", ["langkah2"] = "langkah", ["syarat2"] = "syarat",
        // Javanese and Sundanese question and function words, as officers in Java type them ("syarate opo wae?", "kudu 20 wong?",
        // "leres mboten?"); only words with no other meaning in Indonesian ("oleh" stays: "dipilih oleh siapa").
        ["opo"] = "apa", ["wae"] = "saja", ["sing"] = "yang", ["iku"] = "itu", ["kuwi"] = "itu", ["ora"] = "tidak", ["mboten"] = "tidak",
        ["boten"] = "tidak", ["durung"] = "belum", ["dereng"] = "belum", ["kudu"] = "harus", ["mung"] = "hanya", ["namung"] = "hanya",
        ["nek"] = "kalau", ["piye"] = "bagaimana", ["pripun"] = "bagaimana", ["piro"] = "berapa", ["pinten"] = "berapa", ["sopo"] = "siapa",
        ["sinten"] = "siapa", ["wong"] = "orang", ["tiyang"] = "orang", ["kulo"] = "saya", ["kula"] = "saya", ["arep"] = "mau", ["mlebu"] = "masuk",
        ["leres"] = "benar", ["sampun"] = "sudah", ["syarate"] = "syarat", ["pendirine"] = "pendiri", ["anggotane"] = "anggota", ["penguruse"] = "pengurus",
        ["naon"] = "apa", ["kumaha"] = "bagaimana", ["sabaraha"] = "berapa", ["saha"] = "siapa", ["teu"] = "tidak", ["henteu"] = "tidak",
        ["kedah"] = "harus", ["tiasa"] = "bisa", ["ngendika"] = "bilang", ["nggih"] = "ya", ["njih"] = "ya",
        // Banjar (South Kalimantan) and Kupang Malay (NTT) words, as officers there type them ("jar urang kada bulih, bujur kah?",
        // "sa pung om angkat sa jadi manajer, betul ka?"); again only words with no other meaning in Indonesian nor in Sundanese
        // ("urang" is a person in Banjar but "we" in Sundanese, so it stays as typed).
        ["ulun"] = "saya", ["pian"] = "anda", ["kada"] = "tidak", ["bujur"] = "benar", ["jar"] = "katanya", ["sidin"] = "beliau",
        ["kawa"] = "bisa", ["bulih"] = "boleh", ["handak"] = "mau", ["gasan"] = "untuk", ["haja"] = "saja",
        ["nang"] = "yang", ["suah"] = "pernah", ["jua"] = "juga", ["banyu"] = "air", ["pambakal"] = "kepala desa", ["ading"] = "adik",
        ["adingnya"] = "adiknya", ["maadakan"] = "mengadakan", ["bekeluarga"] = "berkeluarga",
        ["sa"] = "saya", ["beta"] = "saya", ["pung"] = "punya", ["sonde"] = "tidak", ["su"] = "sudah", ["ka"] = "kah", ["bapa"] = "bapak",
        // Riau and Kepri Malay, Palembang and Bangka Belitung Malay, Bima (Sumbawa) as officers and members there type them ("berape
        // kuorumnye?", "pacak dak diambik?", "nahu ketua kopdes"): question and function words only, each with no other meaning in
        // Indonesian. A content word said with a final -e for -a ("harge", "warge") is read by the search (TypoCorrector), not listed.
        ["ape"] = "apa", ["berape"] = "berapa", ["siape"] = "siapa", ["mane"] = "mana", ["kenape"] = "kenapa", ["bile"] = "kapan",
        ["kite"] = "kita", ["tak"] = "tidak", ["dah"] = "sudah", ["nak"] = "mau", ["kene"] = "harus",
        ["pacak"] = "bisa", ["dak"] = "tidak", ["idak"] = "tidak", ["bae"] = "saja", ["ku"] = "saya", ["besak"] = "besar",
        ["nahu"] = "saya", ["ndaiku"] = "kami", ["rupenye"] = "rupanya", ["jugak"] = "juga", ["ni"] = "ini", ["tu"] = "itu",
        // "hrs dilampiri apa aja?": documents attached to a record are what the Juklak says it is "dilengkapi" with. The texts never use
        // the verb; its stem is that of "Lampiran" (the appendices), which would pull every passage naming one.
        ["dilampiri"] = "dilengkapi", ["dilampirkan"] = "dilengkapi", ["dilampirin"] = "dilengkapi", ["melampirkan"] = "melengkapi",
        ["lampirkan"] = "lengkapi", ["dilampirkannya"] = "dilengkapi",
        // English mixed into Indonesian chats (VOICE.md: "meeting anggota online sah gak?")
        ["meeting"] = "rapat", ["website"] = "situs", ["web"] = "situs", ["member"] = "anggota", ["members"] = "anggota", ["report"] = "laporan", ["profit"] = "keuntungan",
        ["loan"] = "pinjaman", ["budget"] = "anggaran", ["chairman"] = "ketua", ["treasurer"] = "bendahara", ["fee"] = "imbalan",
        ["step"] = "langkah", ["steps"] = "langkah", ["next"] = "selanjutnya", ["decide"] = "memutuskan", ["tax"] = "pajak", ["obligation"] = "kewajiban",
        // ministries and offices as people abbreviate them
        ["menkop"] = "menteri koperasi", ["menkeu"] = "menteri keuangan", ["mendagri"] = "menteri dalam negeri",
        ["mendes"] = "menteri desa", ["mentan"] = "menteri pertanian", ["menkes"] = "menteri kesehatan", ["mensos"] = "menteri sosial",
        ["kemenkop"] = "kementerian koperasi", ["kemenkeu"] = "kementerian keuangan", ["kemendes"] = "kementerian desa", ["kemendagri"] = "kementerian dalam negeri", ["pemda"] = "pemerintah daerah",
        ["pemdes"] = "pemerintah desa", ["bapanas"] = "badan pangan nasional",
        // domain words as typed in chats
        ["kop"] = "koperasi", ["koprasi"] = "koperasi", ["kopersi"] = "koperasi", ["koperasai"] = "koperasi",
        ["anggt"] = "anggota", ["agt"] = "anggota", ["pengrus"] = "pengurus", ["pngurus"] = "pengurus",
        ["pngawas"] = "pengawas", ["smpn"] = "simpanan", ["simpnan"] = "simpanan", ["angota"] = "anggota", ["pengawass"] = "pengawas", ["rapt"] = "rapat",
        ["emang"] = "memang", ["trus"] = "terus", ["pengen"] = "ingin", ["pingin"] = "ingin",
        ["liat"] = "lihat", ["ngeliat"] = "melihat", ["td"] = "tadi", ["kira2"] = "kira", ["ngidupin"] = "menghidupkan", ["ngidupkan"] = "menghidupkan", ["ngebocorin"] = "membocorkan", ["bocorin"] = "membocorkan",
        ["ngerti"] = "mengerti", ["dateng"] = "datang", ["dtg"] = "datang", ["nyopot"] = "mencopot", ["dicopot"] = "dicopot", ["dioperin"] = "dioperkan",
        ["sbnrnya"] = "sebenarnya", ["sebenernya"] = "sebenarnya", ["msh"] = "masih", ["abis"] = "setelah", ["meriksa"] = "memeriksa", ["ngubah"] = "mengubah",
        ["mutusin"] = "memutuskan", ["hibahin"] = "menghibahkan", ["plg"] = "paling", ["ngehibahin"] = "menghibahkan", ["ttd"] = "tanda tangan", ["nerbitin"] = "menerbitkan", ["narik"] = "menarik", ["nanya"] = "bertanya", ["nanyain"] = "menanyakan", ["haknya"] = "hak", ["kewajibannya"] = "kewajiban", ["tugasnya"] = "tugas", ["nanem"] = "menanam", ["diitung"] = "dihitung",
        ["itungannya"] = "hitungannya", ["gadein"] = "gadaikan", ["digadein"] = "digadaikan", ["kopdesnya"] = "kopdes", ["taun"] = "tahun", ["hrs"] = "harus", ["sbg"] = "sebagai", ["lbh"] = "lebih", ["simp"] = "simpanan", ["pinj"] = "pinjaman",
    };

    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant();
        var taxReturn = TaxReturn(text, lower);
        return Word().Replace(lower, m => m.Value == TaxReturnWord && taxReturn ? m.Value : Standard(m.Value));
    }

    private static string Standard(string word) =>
        Slang.TryGetValue(word, out var standard) ? standard
        // "nanya2", "bayar2": chat doubles a chat verb with a 2, and the doubled one means the same. Not "nama2" (names, plural):
        // a doubled noun the list does not know stays unknown rather than become another legal idea ("nama" of the cooperative).
        : word.Length >= 4 && word[^1] == '2' && Slang.TryGetValue(word[..^1], out var once) ? once
        : Colloquial(word);

    /// <summary>
    /// "SPT tahunan koperasi kapan dilaporin?": "spt" is chat for "seperti", but typed in capitals, or in a message about taxes, it is the
    /// tax return (Surat Pemberitahuan), which the Kemenkeu module names "SPT".
    /// </summary>
    private static bool TaxReturn(string text, string lower) =>
        text.Contains("SPT", StringComparison.Ordinal) || TaxWords().IsMatch(lower);

    private const string TaxReturnWord = "spt";

    [GeneratedRegex(@"\b(pajak|pph|ppn|npwp|djp|e-?filing)\b|\bspt (tahunan|masa)\b")]
    private static partial Regex TaxWords();

    /// <summary>
    /// Abbreviations that take the possessive "-nya" glued on ("HETnya", "SHUnya", "RATnya"): the stemmer strips "-nya" only from
    /// words of three syllables or more, so the abbreviation is restored here.
    /// </summary>
    public static readonly IReadOnlySet<string> Abbreviations = new HashSet<string>
    {
        "het", "hap", "rat", "ralb", "shu", "ad", "art", "usp", "ksp", "kur", "npwp", "nib", "dps", "npak", "sabh", "kbli", "lpg",
    };

    /// <summary>
    /// The Jakarta-style "-in" suffix on verbs the list does not name: "diselenggarain" → "diselenggarakan",
    /// "nyelenggarain" → "menyelenggarakan", "ngadain" → "mengadakan". Only with the di-/ny-/ng- prefix and
    /// seven letters or more, so "ingin", "kemarin", "izin" and "mungkin" stay as they are. The bare ng- before a vowel on a
    /// "-kan" verb ("ngalihkan", "ngumumkan") is the me- prefix the stemmer knows.
    /// </summary>
    private static string Colloquial(string word) =>
        word.EndsWith("nya", StringComparison.Ordinal) && Abbreviations.Contains(word[..^3]) ? word[..^3]
        : word.Length >= 7 && word.StartsWith("nge", StringComparison.Ordinal) && !word.EndsWith("in", StringComparison.Ordinal) ? word[3..]   // "ngebahas" → "bahas"
        : word.Length >= 8 && word.StartsWith("ng", StringComparison.Ordinal) && "aiou".Contains(word[2]) && word.EndsWith("kan", StringComparison.Ordinal) ? "me" + word   // "ngalihkan" → "mengalihkan"
        : word.Length < 7 || !word.EndsWith("in", StringComparison.Ordinal) ? word
        : word.StartsWith("di", StringComparison.Ordinal) ? word[..^2] + "kan"
        : word.StartsWith("ny", StringComparison.Ordinal) ? "me" + word[..^2] + "kan"
        : word.StartsWith("ng", StringComparison.Ordinal) ? "me" + word[..^2] + "kan"
        : word;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
