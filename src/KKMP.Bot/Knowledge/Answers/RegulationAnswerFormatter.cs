using System.Text;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// Turns a search result into the offline answer: the relevant ayat quoted with its citation, the
/// amendment note, the linked Penjelasan when it is what matched, a short source line. Plain text in
/// Indonesian, short enough for one Telegram message. A summary is presented as a summary with the
/// official source; a result that is not confident becomes an honest "not found".
/// </summary>
public sealed partial class RegulationAnswerFormatter(IEnumerable<string>? topics = null)
{
    /// <summary>Telegram's limit is 4096; leave room for the channel's own framing.</summary>
    public const int MaxLength = 3500;
    private const int MaxQuote = QuotedUnits.DefaultMaxLength;
    private const double SeeAlsoRatio = 0.5;

    public const string NotFoundOpening = "Maaf, saya tidak menemukan aturan tentang itu di basis pengetahuan saya.";

    /// <summary>Opens a hedged answer: the passages are near the question, but the search is not sure they answer it.</summary>
    public const string TentativeOpening = "Saya belum yakin menemukan jawaban yang tepat. Mungkin yang dimaksud:";

    private readonly IndonesianAnalysis _analyzer = new();
    private readonly QueryConcepts _concepts = new(new IndonesianAnalysis(), DomainSynonyms.Groups);

    public string Format(string question, SearchResult result)
    {
        if (!result.Answers) return NotFound();
        var top = RuleBeforeForm(question, NamedRecipient.Lead(question, InForce(question, result.Passages), result.Passages), result.Passages);
        var text = top.Kind switch
        {
            PassageKind.Summary => Summary(top),
            PassageKind.ReferencePrice => ReferencePrice(top),
            PassageKind.Training => Training(question, top),
            PassageKind.Faq => $"{top.Citation}:\n{Trim(top.Text, MaxQuote)}\n\nCatatan: ini jawaban dari FAQ pengurus koperasi, bukan bunyi peraturan.",
            _ => Quotation(question, top),
        };
        var regional = top.Kind == PassageKind.Summary ? NamedRecipient.AlsoRegional(question, top, result.Passages) : [];
        foreach (var part in regional) text += $"\n\n{Summary(part)}";
        var second = CloseSecond(question, result, top);
        if (second is not null) text += $"\n\n{SecondOpening}\n{SecondQuotation(question, second)}";
        var seeAlso = result.Passages.Where(p => p != top && p != second && !regional.Contains(p))
            .Where(p => (!result.IsConfident || p.Score >= top.Score * SeeAlsoRatio) && p.Citation != top.Citation)
            .Take(2).Select(p => p.Citation).ToList();
        if (seeAlso.Count > 0) text += $"\n\nLihat juga: {string.Join("; ", seeAlso)}.";
        if (!result.IsConfident)
            text = $"{TentativeOpening}\n\n{text}\n\nJika bukan ini yang dimaksud, coba tulis ulang pertanyaannya dengan kata lain.";
        return Limit(text);
    }

    /// <summary>
    /// The passage the answer leads with: the best one, except that a reference price which has ended ("… (riwayat
    /// Perbadan 5/2024)") gives way to the price in force for the same goods when the question does not ask about the
    /// past: "HET beras medium yg berlaku dasarnya apa?" shares "peraturan" with the old entry's legal source, not its answer.
    /// </summary>
    private static Passage InForce(string question, IReadOnlyList<Passage> passages)
    {
        var top = passages[0];
        var at = top.Citation.IndexOf(" (riwayat ", StringComparison.Ordinal);
        if (top.Kind != PassageKind.ReferencePrice || at < 0 || AsksAboutThePast(question)) return top;
        return passages.FirstOrDefault(p => p.Kind == PassageKind.ReferencePrice && p.Citation == top.Citation[..at]) ?? top;
    }

    /// <summary>
    /// A form to fill in (<see cref="Passage.IsForm"/>) gives the lead to the next passage of rules, training material or transcription
    /// that scored at least the share named under "Lihat juga", unless the form is asked for; the form is then only named there.
    /// </summary>
    private static Passage RuleBeforeForm(string question, Passage top, IReadOnlyList<Passage> passages)
    {
        if (!top.IsForm || FillInForm.Asked(question)) return top;
        return passages.FirstOrDefault(p => p != top && p.Kind is PassageKind.Regulation or PassageKind.Transcription or PassageKind.Training
            && !p.IsForm && p.Score >= top.Score * SeeAlsoRatio) ?? top;
    }

    /// <summary>Opens the second quotation: the search scored two passages alike, so both are shown rather than one guessed.</summary>
    public const string SecondOpening = "Aturan lain yang juga mungkin menjawab:";

    /// <summary>A runner-up scored at least this share of the best is quoted too ("Lihat juga" only names the others).</summary>
    private const double CloseSecondRatio = 0.8;

    /// <summary>The second quotation is kept short: it supports the first, and the reply must stay one phone screen or two.</summary>
    private const int SecondQuoteLength = 700;

    /// <summary>
    /// The passage quoted beside the best: the runner-up when its score is close to the best's and it is another passage of
    /// legal wording or training material. The UU and the kopdes' model AD often state the same rule in their own words, and an
    /// officer asking "brp lama sebelum RAT?" is better served by both than by the search's guess; a hedged answer ("mungkin
    /// yang dimaksud") shows both candidates. Summaries, prices and FAQ entries are never quoted second (each has its own way
    /// of being presented), and a price or FAQ answer gets no second quote.
    /// </summary>
    private static Passage? CloseSecond(string question, SearchResult result, Passage top)
    {
        if (top.Kind is PassageKind.ReferencePrice or PassageKind.Faq) return null;
        // A form is quoted second no more than first (see RuleBeforeForm).
        var second = result.Passages.FirstOrDefault(p => p != top && p.Citation != top.Citation && (!p.IsForm || FillInForm.Asked(question)));
        // A hedged answer is a list of candidates ("mungkin yang dimaksud"): the runner-up is quoted when it would be named under
        // "Lihat juga" of a confident answer, so the officer reads both guesses rather than one guess and a bare citation.
        // So is a runner-up stating what the question asks beyond its words when the best passage states none of it: the kind of
        // figure ("minimal brp org?"), the way to contest ("bisa banding?"), each member's vote, the quorum; the officer asked for
        // that, and a reply without it does not answer. Not an organ that decides or a case not done: so many passages state one
        // that it tells no runner-up from another ("simpanan pokok 10rb, yg nentuin?" is not answered by the article on dissolution).
        // So is one of a message asking several numbered questions: the runner-up may answer another of them.
        var ratio = result.IsConfident && !StatesWhatIsAsked(question, second, top) && !SeveralQuestions.Asked(question) ? CloseSecondRatio : SeeAlsoRatio;
        return second is { Kind: PassageKind.Regulation or PassageKind.Transcription or PassageKind.Training } && second.Score >= top.Score * ratio
            ? second : null;
    }

    private static bool StatesWhatIsAsked(string question, Passage? second, Passage top) =>
        second is not null && (Search.QuestionIntent.FrameOf(question) with { WhoDecides = false, NotDone = false }) is var frame
        && !QuotedUnits.StatesAsked(top.Text, frame) && QuotedUnits.StatesAsked(second.Text, frame);

    /// <summary>The second passage's best ayat with its citation, in the passage's own words; training material named as such.</summary>
    private string SecondQuotation(string question, Passage passage)
    {
        var frame = Search.QuestionIntent.FrameOf(question);
        var quote = QuotedUnits.Select(passage.Text, _concepts.Parse(question), _analyzer, list: Search.QuestionIntent.AsksForList(question), frame: frame, maxLength: SecondQuoteLength);
        var heading = passage.Kind switch
        {
            PassageKind.Training => $"{passage.Citation} (materi pelatihan, bukan peraturan)",
            PassageKind.Transcription => $"{passage.Citation}{quote.Label} (transkripsi, bukan salinan resmi)",
            _ => $"{passage.Citation}{quote.Label}" + (passage.AmendmentNote is { } note ? $" ({ShortNote(note)})" : ""),
        };
        return $"{heading}:\n\"{Trim(quote.Text, SecondQuoteLength)}\"";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"…{2,}|\.{4,}")]
    private static partial System.Text.RegularExpressions.Regex Blank();

    private static bool AsksAboutThePast(string question) => PastWords().IsMatch(ChatNormalizer.Normalize(question));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(dulu|dahulu|lama|sebelumnya|sebelum|riwayat|sejarah|tahun lalu|pernah|waktu itu|20[0-2]\d)\b")]
    private static partial System.Text.RegularExpressions.Regex PastWords();

    public string NotFound()
    {
        var answer = new StringBuilder(NotFoundOpening);
        answer.Append("\n\nSaya hanya menjawab dari peraturan yang ada di basis pengetahuan:");
        foreach (var topic in topics ?? DefaultTopics) answer.Append($"\n- {topic}");
        answer.Append("\n\nContoh pertanyaan: \"Koperasi primer minimal berapa orang?\", \"RAT boleh daring?\", \"SHU dibagi bagaimana?\"");
        return Limit(answer.ToString());
    }

    private string Quotation(string question, Passage passage)
    {
        var concepts = _concepts.Parse(question);
        var premise = OutdatedPremise.Note(question, passage);
        var frame = Search.QuestionIntent.FrameOf(question) with { OutdatedWording = premise is null ? null : passage.ReplacedWording };
        var quote = QuotedUnits.Select(passage.Text, concepts, _analyzer, list: Search.QuestionIntent.AsksForList(question), frame: frame);
        var answer = new StringBuilder($"{passage.Citation}{quote.Label}");
        if (passage.AmendmentNote is { } note) answer.Append($" ({ShortNote(note)})");
        answer.Append(":\n\"").Append(Trim(quote.Text, MaxQuote)).Append('"');
        // "masa jabatan pengurus kopdes brp taun?": the model AD leaves the figure blank ("……(………) tahun") for each kopdes to fill in.
        if (frame.Number is not null && Blank().IsMatch(quote.Text))
            answer.Append("\n\nCatatan: angka yang dikosongkan (……) pada contoh Anggaran Dasar ini diisi sendiri oleh koperasi dalam Anggaran Dasarnya.");

        if (RelevantExplanation(passage, quote, concepts, Search.QuestionIntent.AsksForDifference(question)) is { } explanation)
            answer.Append("\n\nPenjelasan: \"").Append(Trim(explanation, ExplanationLength)).Append('"');
        // The premise note already says the article was amended and that the quote is the wording in force: one note, not two.
        if (premise is not null)
            answer.Append($"\n\n{premise}");
        else if (passage.AmendmentNote is { } amendment)
            answer.Append($"\n\n{AmendmentRemark(amendment)}");
        if (passage.Kind == PassageKind.Transcription)
            answer.Append("\n\nCatatan: dikutip dari transkripsi teks resmi oleh pihak ketiga, bukan dari salinan resmi.")
                .Append(passage.OfficialSource is { } official ? $" Teks resmi: {official}" : "");
        answer.Append($"\n\nSumber: {passage.SourceLine}");
        if (passage.Status is { } status && !status.StartsWith("berlaku", StringComparison.OrdinalIgnoreCase))
            answer.Append($" (status: {status})");
        return answer.ToString();
    }

    private static string Summary(Passage passage)
    {
        var answer = new StringBuilder($"Menurut ringkasan {passage.Citation} (ringkasan, bukan kutipan bunyi resmi):\n");
        answer.Append(Trim(passage.Text, MaxQuote));
        answer.Append("\n\nCatatan: ini ringkasan, bukan bunyi resmi peraturan; jangan mengutipnya sebagai bunyi peraturan.");
        answer.Append(passage.OfficialSource is { } official ? $"\nTeks resmi: {official}" : $"\nSumber: {passage.SourceLine}");
        return answer.ToString();
    }

    /// <summary>Training material explains; it is named as the module it comes from, never as a regulation.</summary>
    private string Training(string question, Passage passage)
    {
        var quote = QuotedUnits.Select(passage.Text, _concepts.Parse(question), _analyzer, list: Search.QuestionIntent.AsksForList(question), frame: Search.QuestionIntent.FrameOf(question));
        return $"Menurut {passage.Citation} (materi pelatihan, bukan peraturan):\n\"{Trim(quote.Text, MaxQuote)}\"\n\nSumber: {passage.SourceLine}";
    }

    /// <summary>The figure per zone with its legal source and dates, and the warning to check the official text.</summary>
    private static string ReferencePrice(Passage passage)
    {
        var answer = new StringBuilder($"{passage.Citation}:\n{passage.Text}");
        if (passage.Warning is { } warning) answer.Append($"\n\nPerhatian: {warning}");
        return answer.ToString();
    }

    private const int ExplanationLength = 600;

    /// <summary>
    /// The Penjelasan line that matches the question better than the quoted wording does, if any; for a difference
    /// ("beda simpanan pokok dan wajib?") also the next best line, so that both things compared are explained.
    /// </summary>
    private string? RelevantExplanation(Passage passage, Quote quote, IReadOnlyList<Analysis.Concept> concepts, bool difference)
    {
        if (passage.Explanation is null) return null;
        var lines = passage.Explanation.Split('\n').Select(l => (Line: l, Score: QuotedUnits.Score(l, concepts, _analyzer)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ToList();
        if (lines.Count == 0 || lines[0].Score < QuotedUnits.Score(quote.Text, concepts, _analyzer)) return null;
        return difference && lines.Count > 1 ? Trim(lines[0].Line, ExplanationLength / 2) + "\n" + Trim(lines[1].Line, ExplanationLength / 2) : lines[0].Line;
    }

    private static string ShortNote(string note) => note.Split(" (")[0];

    private static string AmendmentRemark(string note) => note switch
    {
        _ when note.StartsWith("diubah", StringComparison.Ordinal) =>
            $"Catatan: pasal ini {note}. Yang dikutip adalah bunyi yang berlaku sekarang; bunyi aslinya sudah tidak berlaku.",
        _ when note.StartsWith("Penjelasan ", StringComparison.Ordinal) => $"Catatan: Penjelasan pasal ini {note["Penjelasan ".Length..]}.",
        _ => $"Catatan: pasal ini {note}.",
    };

    private static string Trim(string text, int max) =>
        text.Length <= max ? text : text[..text.LastIndexOf(' ', max - 1)] + " …";

    private static string Limit(string text) => text.Length <= MaxLength ? text : Trim(text, MaxLength - 2);

    private static readonly string[] DefaultTopics =
    [
        "UU 25/1992 tentang Perkoperasian, sebagaimana diubah UU 6/2023 (Cipta Kerja)",
        "PP 9/1995 tentang usaha simpan pinjam oleh koperasi",
        "Juklak Menkop 1/2025 tentang pembentukan Koperasi Desa/Kelurahan Merah Putih",
        "Inpres 9/2025 tentang percepatan pembentukan Koperasi Desa/Kelurahan Merah Putih (transkripsi)",
        "Modul pelatihan Kemenkeu tentang pengelolaan keuangan KDKMP (materi pelatihan)",
        "Harga acuan resmi sembako (HET/HAP)",
    ];
}
