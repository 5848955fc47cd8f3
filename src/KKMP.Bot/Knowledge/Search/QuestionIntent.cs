using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>What kind of answer a question wants, read from its wording.</summary>
public static partial class QuestionIntent
{
    /// <summary>
    /// "apa itu X", "X itu apa", "pengertian X", "yang dimaksud X": a definition is wanted; so is
    /// "bedanya X dan Y": a difference is answered by the two definitions.
    /// </summary>
    public static bool AsksForDefinition(string question) => Definition().IsMatch(ChatNormalizer.Normalize(question));

    /// <summary>"apa saja …", "siapa aja …", "… apa aja": a list is wanted, so an article that enumerates answers best.</summary>
    public static bool AsksForList(string question) => List().IsMatch(ChatNormalizer.Normalize(question));

    /// <summary>
    /// "di AD kopdes kita …", "anggaran dasar kopdes", "AD dari kementerian": the kopdes has adopted the model
    /// articles of association in the Juklak's appendix, so that text answers.
    /// </summary>
    public static bool AsksAboutModelStatutes(string question)
    {
        var text = ChatNormalizer.Normalize(question);
        return !MissingFromTheAd().IsMatch(text)
            && (ModelStatutes().IsMatch(text) || OwnKopdes().IsMatch(text) || ArticlesAsSource().IsMatch(text) && Ours().IsMatch(text) && !NamesTheLaw().IsMatch(text));
    }

    /// <summary>
    /// "mau nambah usaha yg blm ada di AD", "di AD blm ada usaha simpan pinjam": what the cooperative's own AD lacks is a change to
    /// that AD, which the rules on changing it answer; the AD is not named as the place to look.
    /// </summary>
    [GeneratedRegex(@"\b(belum|tidak) (ada|tercantum|termuat|dimuat|diatur|masuk) (di|dalam) (ad|anggaran dasar)\b|\b(di|dalam) (ad|anggaran dasar)( (kopdes|koperasi|kami|kita)){0,2} (belum|tidak) (ada|tercantum|termuat|dimuat|diatur|masuk)\b")]
    private static partial Regex MissingFromTheAd();

    /// <summary>"di AD boleh brp periode?", "sesuai AD": the articles named as the place to look, which for a kopdes's own are the model AD.</summary>
    [GeneratedRegex(@"\b(di|sesuai|menurut|dalam|berdasarkan) (ad|art|anggaran dasar|anggaran rumah tangga)\b")]
    private static partial Regex ArticlesAsSource();

    /// <summary>"… ditulis di AD. emg UU ngatur batasnya brp taun?": the law is what is asked, the AD only where the story put it.</summary>
    [GeneratedRegex(@"\b(uu|undang undang|undang-undang|undang2|pp|peraturan pemerintah)\b")]
    private static partial Regex NamesTheLaw();

    /// <summary>The asker speaks of their own kopdes ("ketua kami", "SHU kopdes").</summary>
    [GeneratedRegex(@"\b(kami|kita|kopdes|kopkel|kdmp|kdkmp|kkmp)\b")]
    private static partial Regex Ours();

    /// <summary>The question is about a kopdes: the model AD it adopted answers governance questions a little better.</summary>
    public static bool MentionsKopdes(string question) => Kopdes().IsMatch(ChatNormalizer.Normalize(question));

    /// <summary>"HET minyakita brp?", "harga acuan gula": a price is asked, so goods with a reference price are what it is about.</summary>
    public static bool AsksAboutPrice(string question) => Price().IsMatch(ChatNormalizer.Normalize(question));

    /// <summary>The numbers written in digits ("20 orang" → "20").</summary>
    public static IReadOnlySet<string> NumbersIn(string text) => Digits().Matches(text).Select(m => m.Value.TrimStart('0')).ToHashSet();

    /// <summary>The kind of number a "berapa …" question asks for, or null.</summary>
    public static NumberKind? AsksForNumber(string question)
    {
        var text = ChatNormalizer.Normalize(question);
        foreach (var (kind, pattern) in NumberPatterns)
            if (pattern.IsMatch(text)) return kind;
        return null;
    }

    /// <summary>
    /// "undangan paling lambat brp hari sebelum rapat?": a count of days or weeks is a meeting's or a procedure's own short
    /// deadline, which the model AD states itself; months and years ("kapan RAT?", "brp bulan?") are the law's, which the AD repeats.
    /// </summary>
    public static bool CountsDays(string question) => Days().IsMatch(ChatNormalizer.Normalize(question));

    [GeneratedRegex(@"\b(berapa|brp) (hari|minggu)\b")]
    private static partial Regex Days();

    /// <summary>"apa bedanya simpanan pokok dan simpanan wajib?": a difference, answered by both definitions side by side.</summary>
    public static bool AsksForDifference(string question) => Difference().IsMatch(ChatNormalizer.Normalize(question));

    [GeneratedRegex(@"\b(beda|bedanya|perbedaan|perbedaannya|membedakan|vs|versus)\b")]
    private static partial Regex Difference();

    /// <summary>What the question asks beyond its words, for the answer's choice of ayat.</summary>
    public static Answers.AskedFrame FrameOf(string question)
    {
        // "kuorum rapat anggota brp?": a quorum is a share of the members, so the ayat stating one answers.
        var quorum = AsksAboutQuorum(ChatNormalizer.Normalize(question));
        var number = AsksForNumber(question) ?? (quorum ? NumberKind.Share : null);
        // "pengawas dipilih sama siapa?": who elects or appoints is who decides, for the choice of ayat.
        // "RAT kemarin ga kuorum. rapat kedua kuorumnya brp?": when a figure is asked, a thing not done that the story only tells is
        // the situation, not the case asked about ("pengurus gk mau tanda tangan, terus gmn?" asks about that case).
        var text = ChatNormalizer.Normalize(question);
        var notDone = TellsNotDone(number is null ? text : QuestionFrame.AskedText(text));
        return new(number, notDone, Deciders.AskedIn(question).Asked || ChosenBy().IsMatch(ChatNormalizer.Normalize(question)),
            Permission().IsMatch(ChatNormalizer.Normalize(question)), Answers.AmountRule.Asked(question, number),
            Recourse().IsMatch(QuestionFrame.AskedText(text)))
        {
            ListHead = ListHead().Match(text) is { Success: true } head ? head.Groups[1].Value : null, VoteWeight = Answers.VoteWeight.Asked(question),
            Quorum = quorum || number == NumberKind.Share && ValidAttendance().IsMatch(text) && !Approval().IsMatch(text),
        };
    }

    /// <summary>"yg hrs diperhatiin apa aja?": the word right before "apa saja" is what the list is of.</summary>
    [GeneratedRegex(@"(\p{L}{3,})\s+(apa|siapa|mana)\s+saja\b")]
    private static partial Regex ListHead();

    /// <summary>
    /// "sy dikeluarin pengurus, bisa protes?", "bisa banding gk?", "dia bisa ngapain?": what one can do against a decision, asked
    /// (a protest the story only tells, "ada anggota yg protes soal SHU", is no such question).
    /// </summary>
    [GeneratedRegex(@"\b(protes|memprotes|banding|naik banding|keberatan|membela|menggugat|gugat|menyanggah|sanggah)\b|\b(bisa|dapat) apa\b")]
    private static partial Regex Recourse();

    /// <summary>
    /// A rule granting a way to contest a decision: "diberi hak untuk membela diri", "berhak mengajukan keberatan"; not one about the
    /// objection once made ("diterima atau ditolaknya keberatan").
    /// </summary>
    public static bool GrantsRecourse(string text) => RecourseRule().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"\bmembela diri\b|\b(berhak|dapat|hak untuk)[\s-]+mengajukan[\s-]+(keberatan|banding|gugatan)\b")]
    private static partial Regex RecourseRule();

    /// <summary>
    /// Whether a passage states a number of that kind ("14 (empat belas) hari", "1/2 (satu per dua)", "Rp15.700"). The model AD's
    /// typed lines are padded with dashes and broken anywhere ("paling sedikit -\n1/5", "paling-\nlambat"), so the words may be too.
    /// </summary>
    public static bool States(NumberKind kind, string text) => Statements[kind].IsMatch(text.ToLowerInvariant());

    /// <summary>A rule stating a quorum: how many must attend ("sah jika dihadiri lebih dari 1/2", "apabila dihadiri paling sedikit 1/3").</summary>
    public static bool StatesQuorum(string text) => AttendanceShare().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"\bdihadiri\b[\s\S]{0,40}?(\d+/\d+|\d+\s?%)")]
    private static partial Regex AttendanceShare();

    private static readonly (NumberKind, Regex)[] NumberPatterns =
    [
        (NumberKind.Share, new(@"\b(berapa|brp) (persen|%|bagian)|\b(persen|persentase)\b|\bberapa banyak (anggota|yang) (setuju|hadir)|\b(berapa|brp)\b.{0,25}\b(hadir|datang|setuju)\b.{0,20}\bsah\b|\bsah\b.{0,30}\b(hadir|datang)\b.{0,15}\b(berapa|brp)\b|\b(ke)?(hadir|datang|setuju)\w*\b.{0,25}\b(berapa|brp)\b|\b(hadir|datang|setuju)\w*\b.{0,20}\b\d+ (dari|dr) \d+\b")),
        (NumberKind.Duration, new(@"\b(berapa|brp) (hari|minggu|bulan|tahun|lama)\b|\b(paling|pling) (lambat|telat|lama)\b|\bkapan\b|\bdeadline\b|\bbatas waktu\b|\btanggal berapa\b|\btgl (brp|berapa)\b")),
        // Before People: "minimal brp kali setahun" counts times, not people.
        (NumberKind.Times, new(@"\b(berapa|brp) (kali|periode)\b")),
        (NumberKind.People, new(@"\b(berapa|brp) (orang|anggota|koperasi|pengurus|pengawas)\b|\bminimal (berapa|brp)\b|\bpaling sedikit (berapa|brp)\b|\bcukup (\d+|satu|dua|tiga|empat) orang\b")),
        (NumberKind.Money, new(@"\b(berapa|brp) (rupiah|rp|duit|uang)\b|\bharga\b|\bhet\b|\bhap\b")),
    ];

    private static readonly Dictionary<NumberKind, Regex> Statements = new()
    {
        [NumberKind.Share] = new(@"\d+/\d+|\(\w+ per \w+\)|\d+\s?%|persen"),
        [NumberKind.Duration] = new(@"\d+ \([\w\s]+\) (hari|minggu|bulan|tahun)|\b\d+ (januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b|paling[\s-]+lambat|paling[\s-]+lama|selambat[\s–-]+lambatnya"),
        [NumberKind.People] = new(@"\d+ \([\w\s]+\) (orang|koperasi)|paling sedikit[\s-]+\d|sekurang-kurangnya[\s-]+\d"),
        [NumberKind.Money] = new(@"rp\s?\d"),
        [NumberKind.Times] = new(@"\d+ \([\w\s]+\) (kali|periode)|\bsekali\b|sebanyak[\s-]+banyaknya[\s-]+\d"),
    };

    /// <remarks>
    /// "termasuk koperasi tidak aktif gak?", "koperasi tdk aktif itu yg kayak gimana?": whether something falls under a term, or
    /// what the term covers, is answered by the term's definition too.
    /// </remarks>
    [GeneratedRegex(@"\b(apa itu|itu apa|apa sih|apakah itu|pengertian(nya)?|definisi(nya)?|yang dimaksud|dimaksud dengan|arti(nya)?|maksud(nya)?|beda(nya)?|perbedaan(nya)?|termasuk|tergolong|masuk kategori|(kayak|seperti) (bagaimana|apa))\b")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\b(apa|siapa|mana|bagaimana) (saja|aja|aj)\b|\bapa apa saja\b|\bapa2\b|\bsebutkan\b|\bdaftar\b.{0,20}\b(syarat|hak|kewajiban|tugas)\b")]
    private static partial Regex List();

    [GeneratedRegex(@"\b(ad|art|anggaran dasar|anggaran rumah tangga)\b.{0,30}\b(kopdes|kopkel|kdmp|kdkmp|kkmp|merah putih|kementerian|baku|model)\b|\b(kopdes|kopkel|kdmp|kdkmp|kkmp)\b.{0,30}\b(ad|anggaran dasar)\b")]
    private static partial Regex ModelStatutes();

    /// <remarks>A price judged ("kemahalan gk?", "kok lebih mahal") or stated in thousands ("dijual 14rb", "19 ribu sekilo") asks about the price too.</remarks>
    [GeneratedRegex(@"\b(harga|het|hap|acuan|eceran|berapa|rp|rupiah|(ke)?mahal(an)?|(ke)?murah(an)?|tertinggi)\b|\b\d+\s*(rb|ribu|rebu)\b")]
    private static partial Regex Price();

    /// <summary>"boleh gak …?", "bisa dialihkan?", "pacak dak?": whether something may be done.</summary>
    public static bool AsksWhetherAllowed(string question)
    {
        var text = ChatNormalizer.Normalize(question);
        return Permission().IsMatch(text) || Able().IsMatch(text);
    }

    [GeneratedRegex(@"\b(bisa|bisakah|dapatkah)\b")]
    private static partial Regex Able();

    /// <summary>
    /// The acts a passage forbids, as index terms: the words right after "tidak dapat", "dilarang", "tidak boleh" ("tidak dapat
    /// menghipotekkan atau menggadaikan harta kekayaannya" forbids "hipotek", "gadai", "harta"). A question whether such an act is
    /// allowed is answered by the passage that forbids it, however long the rest of that passage is.
    /// </summary>
    public static IReadOnlySet<string> ForbiddenActs(string text, Lucene.Net.Analysis.Analyzer analyzer) =>
        Forbidding().Matches(text.ToLowerInvariant()).SelectMany(m => IndonesianAnalysis.Terms(analyzer, m.Groups["act"].Value)).ToHashSet();

    [GeneratedRegex(@"\b(tidak dapat|tidak boleh|tidak diperbolehkan|tidak diperkenankan|tidak dibenarkan|dilarang)\s+(?<act>(\p{L}+\s+){0,2}\p{L}+)")]
    private static partial Regex Forbidding();

    /// <summary>"boleh gak …?", "apakah diperkenankan …?": whether something is allowed.</summary>
    [GeneratedRegex(@"\b(boleh|bolehkah|diperbolehkan|dibolehkan|diperkenankan|dilarang|larangan)\b")]
    private static partial Regex Permission();

    /// <summary>
    /// "pengurus gk mau ngadain rapat, trus gmn?", "dana cadangan ga cukup nutup": the question is about something not done or
    /// not reached, so the passage stating what happens then ("Dalam hal Pengurus tidak menyelenggarakan …") answers it.
    /// </summary>
    /// <remarks>A purpose ("… biar simpanannya ga ilang") is what the asker wants to avoid, not something left undone.</remarks>
    public static bool TellsNotDone(string question) => NotDone().IsMatch(Purpose().Replace(ChatNormalizer.Normalize(question), ""));

    [GeneratedRegex(@"\b(biar|agar|supaya)\b[^.,;!?]*")]
    private static partial Regex Purpose();

    /// <summary>"Apabila … tidak menandatangani", "dalam hal tidak tercapai", "Anggota yang tidak hadir": the rule for when something is not done.</summary>
    public static bool StatesNotDone(string text) => NotDoneRule().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"\b(apabila|jika|dalam hal|bila)\b.{0,60}\b(tidak|belum|menolak)\b|\byang (tidak|belum)\b")]
    private static partial Regex NotDoneRule();

    /// <summary>
    /// "Keputusan pembubaran oleh Pemerintah sebagaimana dimaksud dalam Pasal 46 huruf b dilakukan apabila: …": the passage details one
    /// item of another article's list, so it is not the list a question asks for (that is the article it refers to).
    /// </summary>
    public static bool DetailsOneItem(string text) => OneItemOfAnother().IsMatch(RegulationIndex.Lead(text).ToLowerInvariant());

    [GeneratedRegex(@"\bsebagaimana dimaksud (dalam|pada) pasal \w+ (ayat \(\d+\) )?huruf [a-z]\b")]
    private static partial Regex OneItemOfAnother();

    /// <summary>
    /// "gk mau tanda tangan", "blm bayar", "nolak", "berhalangan dateng", "ogah ngadain": someone not doing something; not the question
    /// tag "boleh gk?", "sah gk", "… atau tidak", nor a negated permission "gk boleh online ya?" (whether something is allowed).
    /// </summary>
    [GeneratedRegex(@"(?<!\b(boleh|bisa|perlu|wajib|harus|sah|atau|apa|ya|kan|benar|bener|betul|masih) )\b(tidak|belum|menolak|berhalangan|ogah\w*|enggan)\b(?!\s*($|[?,.!]))(?!\s+(boleh|perlu|wajib|harus|sah|usah|diperbolehkan|diperkenankan)\b)")]
    private static partial Regex NotDone();

    [GeneratedRegex(@"\b(dipilih|diangkat|ditunjuk|dilantik|diberhentikan)\s+(oleh|sama|sm|ama|dari)?\s*siapa\b")]
    private static partial Regex ChosenBy();

    [GeneratedRegex(@"\b(kuorum|quorum)\w*\b.{0,40}\bberapa\b|\bberapa\b.{0,20}\b(kuorum|quorum)")]
    private static partial Regex Quorum();

    /// <summary>
    /// "kuorum RAT brp?", and a quorum not reached: "ga kuorum, trus gmn?", "yg dateng kurang dr setengah": the ayat stating how many
    /// must attend (the first meeting's and the second's) answer, not the vote share that shares the fraction.
    /// </summary>
    private static bool AsksAboutQuorum(string text) => Quorum().IsMatch(text) || QuorumMissed().IsMatch(text);

    [GeneratedRegex(@"\b(tidak|belum|kurang) (kuorum|quorum)\b|\b(kuorum|quorum)\w* (tidak|belum|kurang)\b|\b(hadir|datang)\w*\b.{0,20}\bkurang (dari|dr)\b")]
    private static partial Regex QuorumMissed();

    /// <summary>"RAT baru sah kalo yg dateng brp?": a share asked of the members attending for the meeting to be valid is its quorum.</summary>
    [GeneratedRegex(@"\bsah\b.{0,30}\b(hadir|datang)\b|\b(hadir|datang)\b.{0,30}\bsah\b")]
    private static partial Regex ValidAttendance();

    /// <summary>"sah kalo disetujui brp persen yg hadir?": the share of those attending who approve is a vote share, not a quorum.</summary>
    [GeneratedRegex(@"\b(setuju|disetujui|menyetujui|persetujuan)\b")]
    private static partial Regex Approval();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(kopdes|kopkel|kdmp|kdkmp|kkmp|merah putih)\b")]
    private static partial Regex Kopdes();

    /// <summary>"di kopdes kita", "menurut AD kita": the cooperative's own articles, which for a kopdes are the model AD.</summary>
    [GeneratedRegex(@"\b(di|pada) (kopdes|kopkel|kdmp|kkmp|koperasi desa|koperasi merah putih) (kita|kami|saya)\b|\b(ad|anggaran dasar) (kita|kami)\b")]
    private static partial Regex OwnKopdes();
}

/// <summary>What a "berapa …" question counts: a share of members, a time limit, a number of people, an amount of money, how many times.</summary>
public enum NumberKind { Share, Duration, People, Money, Times }
