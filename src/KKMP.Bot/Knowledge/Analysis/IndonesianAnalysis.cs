using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// Lucene's Indonesian chain (standard tokenizer, lower case, stop words, <see cref="IndonesianStemFilter"/>)
/// with two guards against its over-stemming: protected words that are never stemmed, and a short
/// override list that maps a word to the stem the stemmer gets wrong ("menabung" → "tabung", not "abung").
/// </summary>
public sealed class IndonesianAnalysis : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words whose stem would collide with an unrelated word ("pengadilan" → "adil", "perangkat" → "angkat", "keluar" → "luar" as in "luar biasa", the ordinal "kedua" → "dua" as in "1/2 (satu per dua)").</summary>
    public static readonly IReadOnlyList<string> ProtectedWords =
    [
        "pengurus", "pengadilan", "perangkat", "ketua", "pemerintah", "menteri", "direksi", "akuntan",
        "kepala", "anggota", "koperasi", "pengawas", "notaris", "syariah", "kuorum", "keluar", "kedua",
        // "berita" is a root, not "ber-" + "ita": stemmed, "berita acara" matched nothing and a question about one was declined.
        "berita",
    ];

    /// <summary>Word → correct stem where the rule-based stemmer strips the wrong prefix.</summary>
    public static readonly IReadOnlyDictionary<string, string> StemOverrides = new Dictionary<string, string>
    {
        ["menabung"] = "tabung", ["menabungkan"] = "tabung", ["penabung"] = "tabung",
        ["mengelola"] = "kelola", ["pengelola"] = "kelola", ["pengelolaan"] = "kelola", ["dikelola"] = "kelola", ["kelola"] = "kelola",
        ["meminjam"] = "pinjam", ["peminjam"] = "pinjam", ["meminjamkan"] = "pinjam",
        ["memilih"] = "pilih", ["pemilihan"] = "pilih",
        // Letting someone vote for you ("tidak dapat mewakilkan suaranya") is not the board representing the cooperative ("mewakili").
        ["mewakilkan"] = "wakilkan", ["diwakilkan"] = "wakilkan", ["mewakilkannya"] = "wakilkan",
        ["pengesahan"] = "sah", ["mengesahkan"] = "sah", ["disahkan"] = "sah", ["sah"] = "sah",
        ["menagih"] = "tagih", ["menarik"] = "tarik", ["memuat"] = "muat", ["dimuat"] = "muat",
        ["pemegang"] = "pegang", ["memegang"] = "pegang",
        ["kepengurusan"] = "pengurus", ["pengurusnya"] = "pengurus",
        ["pengembangan"] = "kembang", ["mengembangkan"] = "kembang", ["dikembangkan"] = "kembang",
        ["pemerintahan"] = "pemerintah", ["dirikan"] = "diri", ["wewenang"] = "wenang",
        ["setahun"] = "tahun", ["pengertian"] = "erti", ["pengawasan"] = "pengawas", ["pengawasannya"] = "pengawas",
        ["memimpin"] = "pimpin", ["dipimpin"] = "pimpin", ["pemimpin"] = "pimpin", ["pimpinan"] = "pimpin",
        // Roots that end like a particle (-lah, -pun): the stemmer strips it as if it were one ("masalah" → "masa", as in
        // "masa jabatan"; "risalah" → "risa"; "menghimpun" → "menghim").
        ["masalah"] = "masalah", ["istilah"] = "istilah", ["sejumlah"] = "jumlah", ["sekolah"] = "sekolah", ["sebelah"] = "belah",
        ["risalah"] = "risalah", ["bersalah"] = "salah", ["pengolah"] = "olah",
        ["menghimpun"] = "himpun", ["dihimpun"] = "himpun", ["penghimpun"] = "himpun", ["penghimpunan"] = "himpun", ["himpun"] = "himpun",
        ["menolak"] = "tolak", ["penolakan"] = "tolak", ["ditolak"] = "tolak",
        // Roots ending in "-ai" lose their "i" to the suffix rule when bare or with di-/me- ("selesai" → "selesa", "dipakai" → "paka",
        // "memakai" → "akai") but keep it when derived ("menyelesaikan" → "selesai", "kelalaian" → "lalai"): the forms must meet.
        ["selesai"] = "selesai", ["lalai"] = "lalai", ["pakai"] = "pakai", ["dipakai"] = "pakai", ["memakai"] = "pakai", ["terpakai"] = "pakai", ["pemakaian"] = "pakai", ["pemakai"] = "pakai",
        ["nilai"] = "nilai", ["dinilai"] = "nilai", ["menilai"] = "nilai", ["penilaian"] = "nilai", ["penilai"] = "nilai", ["mulai"] = "mulai", ["dimulai"] = "mulai", ["memulai"] = "mulai",
        ["capai"] = "capai", ["dicapai"] = "capai", ["mencapai"] = "capai", ["tercapai"] = "capai", ["tunai"] = "tunai", ["usai"] = "usai",
        ["keanggotaan"] = "anggota", ["anggotanya"] = "anggota", ["perkoperasian"] = "koperasi", ["koperasinya"] = "koperasi",
    };

    /// <summary>
    /// Lucene's Indonesian stop words, minus words that carry meaning in legal questions
    /// ("paling sedikit", "paling lama", "bukan anggota"), plus chat filler.
    /// </summary>
    public static readonly CharArraySet StopWords = BuildStopWords();

    private static readonly CharArraySet Protected = new(Version, ProtectedWords.ToList(), ignoreCase: true);
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, StopWords);
        result = new SetKeywordMarkerFilter(result, Protected);
        result = new StemmerOverrideFilter(result, Overrides);
        result = new IndonesianStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The terms this analysis produces for a text, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static CharArraySet BuildStopWords()
    {
        string[] meaningful = ["paling", "sedikit", "lama", "lamanya", "banyak", "bukan", "kecil", "biasa"];
        string[] chatFiller = ["dong", "sih", "kak", "gan", "min", "ya", "yah", "nih", "deh", "tolong", "tanya", "mohon", "info", "gitu", "gini", "itu", "aja", "kah", "ok", "oke", "bro", "sis", "pak", "bu", "bapak", "ibu", "halo", "hai", "cara", "caranya",
            "menurut", "kemarin", "barusan", "tadi", "kok", "kan", "lho", "loh", "mas", "mbak", "bang", "jelaskan", "sebutkan", "beda", "bedanya", "perbedaan", "contoh", "contohnya", "maksud", "arti", "artinya",
            // "pengertian koperasi primer": the word asks for a definition, it is not what is defined.
            "pengertian", "pengertiannya", "definisi", "definisinya",
            // "namanya apa?": the word asks what a thing is called, it is not the thing ("nama koperasi" keeps "nama").
            "namanya", "istilahnya", "sebutannya",
            // "dipilih lagi brp kali?": the count word of the question (its kind is read apart, QuestionIntent); the texts count
            // times as "sekali" or "2 (dua) periode", and their "untuk pertama kali" counts nothing.
            "kali", "kalinya",
            // "katanya cuma anggota yg boleh": hearsay says a claim follows; it is not what the claim is about.
            "katanya"];
        var set = new CharArraySet(Version, 400, ignoreCase: true);
        foreach (var word in IndonesianAnalyzer.DefaultStopSet)
            if (!meaningful.Contains(word.ToString())) set.Add(word.ToString()!);
        foreach (var word in chatFiller) set.Add(word);
        return set.AsReadOnly();
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var (word, stem) in StemOverrides) builder.Add(word, stem);
        // "pengesahannya", "pemilihannya": the possessive must not hide the word from its override (the stemmer would read "esah").
        foreach (var (word, stem) in StemOverrides)
            if (!StemOverrides.ContainsKey(word + "nya")) builder.Add(word + "nya", stem);
        return builder.Build();
    }
}
