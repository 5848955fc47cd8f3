using Lucene.Net.Analysis;

namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// The words that carry cooperative-law meaning (a curated list, written from the regulations' own
/// vocabulary): a question is about the knowledge base only when it has at least one of them, and only
/// they decide how confident a match is. Story and chat words ("kemarin", "protes", "takut") still help
/// ranking but can no longer drag a question whose legal words all match below the confidence gate.
/// </summary>
public sealed class DomainLexicon
{
    /// <summary>Words only cooperative questions use: a question needs one of them to be in scope.</summary>
    public static readonly IReadOnlyList<string> AnchorWords =
    [
        "koperasi", "perkoperasian", "kopdes", "kopkel", "kdmp", "kdkmp", "kkmp", "anggota", "keanggotaan", "pengurus", "pengawas",
        "pengelola", "manajer", "bendahara", "ketua", "sekretaris", "dekopin", "akta", "penyalahgunaan", "rapat anggota", "rat", "ralb", "kuorum", "musdesus", "musyawarah desa khusus",
        "anggaran dasar", "anggaran rumah tangga", "ad", "art", "akta pendirian", "npak", "sabh", "badan hukum", "pembubaran", "bubar",
        "penggabungan", "merger", "peleburan", "revitalisasi", "simpanan", "iuran", "modal", "cadangan", "penyertaan", "shu",
        "sisa hasil usaha", "simpan pinjam", "usp", "ksp", "gerai", "sembako", "kbli", "inpres", "juklak", "dewan pengawas syariah",
        "dps", "apbdes", "dana desa", "merah putih",
        "het", "hap", "harga acuan", "harga eceran tertinggi",
    ];

    /// <summary>
    /// Goods with an official reference price: they anchor a question only when it asks about a price
    /// ("HET minyakita brp?"); "resep kue pakai gula aren" or "lowongan di pabrik gula" is not about the knowledge base.
    /// </summary>
    public static readonly IReadOnlyList<string> PricedGoods = ["minyakita", "minyak goreng", "beras", "gula", "lpg"];

    /// <summary>Legal and business words that carry the question's meaning once it is about a cooperative.</summary>
    public static readonly IReadOnlyList<string> LegalWords =
    [
        "primer", "sekunder", "pendiri", "syariah", "jabatan", "periode", "kepala desa", "pimpinan desa", "lurah",
        "keluarga", "semenda", "sedarah", "rapat", "musyawarah", "mufakat", "suara", "undangan", "daring", "luring", "online",
        "keputusan", "persetujuan", "diberhentikan", "pemberhentian", "berhenti", "keluar", "sanksi", "membela diri",
        "akta", "pendirian", "mendirikan", "membentuk", "pembentukan", "pengesahan", "disahkan", "notaris", "nama", "pengembangan",
        "pailit", "berita acara", "pokok", "wajib", "sukarela", "hibah", "pinjaman", "pinjam", "bunga", "imbalan", "utang", "kredit",
        "untung", "keuntungan", "rugi", "kerugian", "defisit", "aset", "kekayaan", "tabungan", "deposito",
        "usaha", "apotek", "klinik", "cold storage", "pergudangan", "logistik", "izin", "nib", "oss",
        "laporan", "laporan tahunan", "tanda tangan", "batas waktu", "paling lambat", "pembukuan", "akuntansi", "audit", "akuntan", "pajak", "npwp", "tahun buku", "neraca", "pertanggungjawaban",
        // "laporan keuangan boleh pakai bahasa inggris?": the module states the language and currency reports are written in.
        "bahasa", "mata uang",
        "rencana kerja", "anggaran", "apbn", "apbd", "pendanaan", "himbara", "kur",
        "pemerintah", "menteri", "kementerian", "dinas", "pembinaan", "undang", "uu", "pp", "peraturan", "pasal",
        "ayat", "modul", "pelatihan", "satgas", "harga", "resmi", "medium", "premium", "gas",
        "tugas", "wewenang", "berwenang", "hak", "berhak", "kewajiban", "tanggung jawab",
    ];

    /// <summary>Names of a kind of cooperative, or of its shop: what the law says of every "Koperasi" holds for them.</summary>
    public static readonly IReadOnlyList<string> CooperativeKinds = ["kopdes", "kopkel", "kdmp", "kdkmp", "kkmp", "gerai"];

    /// <summary>Analysed phrases ("akta diri"): a phrase counts whole, so "pendirian" alone is not the anchor "akta pendirian".</summary>
    private readonly HashSet<string> _anchorPhrases, _legalPhrases;

    /// <param name="prices">Whether the question asks about a price, so that <see cref="PricedGoods"/> anchor it.</param>
    public DomainLexicon(Analyzer analyzer, IReadOnlyList<string[]> synonymGroups, bool prices = true)
    {
        _anchorPhrases = Phrases(analyzer, prices ? [.. AnchorWords, .. PricedGoods] : AnchorWords, synonymGroups);
        _legalPhrases = Phrases(analyzer, LegalWords, synonymGroups);
        _kinds = CooperativeKinds.SelectMany(k => IndonesianAnalysis.Terms(analyzer, k)).ToHashSet(StringComparer.Ordinal);
        _shop = IndonesianAnalysis.Terms(analyzer, Shop).ToHashSet(StringComparer.Ordinal);
    }

    private const string Shop = "gerai";
    private readonly HashSet<string> _shop;

    private readonly HashSet<string> _kinds;

    /// <summary>True when the concept names a kind of cooperative or its shop ("kopdes", "gerai"), not the law's generic "Koperasi".</summary>
    public bool NamesACooperative(Concept concept) => concept.Alternatives.Any(a => a.Count == 1 && _kinds.Contains(a[0]));

    /// <summary>True when the concept names the cooperative's shop ("gerai", "toko").</summary>
    public bool NamesTheShop(Concept concept) => concept.Alternatives.Any(a => a.Count == 1 && _shop.Contains(a[0]));

    /// <summary>
    /// True when the concept names a kind of cooperative ("kopdes"), not its shop: a passage about any "Koperasi" states what
    /// is asked of a kopdes, but not what is asked of the shop's printer or opening hours.
    /// </summary>
    public bool NamesACooperativeItself(Concept concept) => concept.Alternatives.Any(a => a.Count == 1 && _kinds.Contains(a[0]) && !_shop.Contains(a[0]));

    /// <summary>The analysed words and their synonyms ("ditendang" means "diberhentikan"), each phrase as its terms joined by a space.</summary>
    private static HashSet<string> Phrases(Analyzer analyzer, IReadOnlyList<string> list, IReadOnlyList<string[]> synonymGroups)
    {
        var words = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase);
        foreach (var group in synonymGroups.Where(g => g.Any(words.Contains)))
            words.UnionWith(group);
        return words.Select(w => string.Join(' ', IndonesianAnalysis.Terms(analyzer, w))).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every single analysed term of the legal and cooperative words and their synonyms.</summary>
    public IReadOnlySet<string> Terms => _terms ??= _anchorPhrases.Concat(_legalPhrases).SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _terms;

    /// <summary>True when some way of writing the concept is, or contains, a cooperative word ("RAT", "rapat anggota tahunan").</summary>
    public bool IsAnchor(Concept concept) => concept.Alternatives.Any(a => Contains(_anchorPhrases, a));

    /// <summary>True when the concept carries legal meaning (an anchor or a legal word).</summary>
    public bool Carries(Concept concept) => concept.Alternatives.Any(a => Contains(_anchorPhrases, a) || Contains(_legalPhrases, a));

    /// <summary>
    /// Neighbouring concepts that spell one multi-word legal phrase read as that phrase: "berita acara pendirian" is
    /// parsed word by word ("berita", "acara"), and neither word carries legal meaning alone, so the phrase the list
    /// names would otherwise never count. Only words that carry nothing alone are joined, so no legal idea is lost.
    /// </summary>
    public IReadOnlyList<Concept> WithPhrases(IReadOnlyList<Concept> concepts)
    {
        List<Concept>? joined = null;
        for (var i = 0; i < concepts.Count; i++)
        {
            if (i + 1 < concepts.Count && Joined(concepts[i], concepts[i + 1]) is { } phrase)
            {
                (joined ??= concepts.Take(i).ToList()).Add(phrase);
                i++;
            }
            else joined?.Add(concepts[i]);
        }
        return joined ?? concepts;
    }

    private Concept? Joined(Concept first, Concept second)
    {
        if (Carries(first) || Carries(second)) return null;
        IReadOnlyList<string> terms = [.. first.Alternatives[0], .. second.Alternatives[0]];
        var phrase = string.Join(' ', terms);
        if (!_anchorPhrases.Contains(phrase) && !_legalPhrases.Contains(phrase)) return null;
        return new Concept($"{first.Surface} {second.Surface}", [terms], first.Aside && second.Aside);
    }

    private static bool Contains(HashSet<string> phrases, IReadOnlyList<string> terms) =>
        phrases.Contains(string.Join(' ', terms)) || terms.Any(phrases.Contains);
}
