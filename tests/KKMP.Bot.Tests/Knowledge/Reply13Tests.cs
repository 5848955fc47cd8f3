using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 13 reply classes: a question that only chooses or sets ("boleh dipilih?", "gitu kan caranya nentuin?") is about what
/// was told before it; a question asking how to contest a decision ("bisa protes?", "bisa banding?") is answered by the ayat that
/// grants the way to contest it; "SPT" in a message about taxes is the tax return, not chat for "seperti". Passages are made up
/// and questions are paraphrases written for these tests, not taken from an evaluation set.
/// </summary>
public class Reply13Tests
{
    [Theory]
    [InlineData("calon bendahara dulu pernah dihukum krn penggelapan, boleh dipilih?")]
    // (The asker's reason after "biar" is context since round 16: Reply16Tests.)
    [InlineData("iuran pokok 5rb aja, gitu kan caranya menentukan?")]
    [InlineData("calon ketua masih sekdes aktif. bisa dipilih gak?")]
    public void A_question_that_only_chooses_or_sets_is_about_the_story(string question)
    {
        var normalized = ChatNormalizer.Normalize(question);
        Assert.Equal(string.Join(' ', normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), QuestionFrame.AskedText(normalized));
    }

    [Theory]
    // Something of its own besides choosing: the story stays aside.
    [InlineData("kemarin RAT rame bgt sampe malem, pengawas baru dipilih siapa?", "pengawas baru dipilih siapa?")]
    [InlineData("td pagi hujan deres. besaran simpanan wajib caranya menentukan gmn?", "besaran simpanan wajib caranya menentukan bagaimana?")]
    public void A_question_with_its_own_subject_keeps_the_story_aside(string question, string asked)
    {
        Assert.Equal(asked, QuestionFrame.AskedText(ChatNormalizer.Normalize(question)));
    }

    private const string Ending =
        "(1) Keanggotaan berakhir apabila anggota meninggal dunia, berhenti atas permintaan sendiri, atau diberhentikan oleh Pengurus.\n"
        + "(2) Pengurus dapat memberhentikan anggota yang tidak memenuhi kewajibannya.\n"
        + "(3) Anggota yang diberhentikan oleh Pengurus diberi hak untuk membela diri dalam Rapat Anggota.\n"
        + "(4) Simpanan anggota yang berhenti dikembalikan sesuai Anggaran Rumah Tangga.";

    [Theory]
    [InlineData("sy dicoret dr anggota sm pengurus gara2 telat iuran, bisa protes?")]
    [InlineData("anggota diberhentikan pengurus tanpa rapat, bisa banding gk?")]
    [InlineData("pengurus mecat anggota seenaknya, anggotanya bisa ngapain?")]
    [InlineData("kalau sy diberhentikan pengurus, boleh keberatan di mana?")]
    public void Contesting_a_decision_is_answered_by_the_ayat_that_grants_the_way(string question)
    {
        var quote = Quote(Ending, question);
        Assert.Contains("(3)", quote.Label);
        Assert.Contains("membela diri", quote.Text);
    }

    private const string Objection =
        "(1) Pemerintah memberitahukan rencana pembubaran kepada Koperasi.\n"
        + "(2) Dalam waktu paling lama 1 (satu) bulan Koperasi berhak mengajukan keberatan.\n"
        + "(3) Keputusan atas keberatan diberikan dalam waktu paling lama 1 (satu) bulan.";

    [Fact]
    public void The_ayat_granting_an_objection_answers_not_the_one_deciding_it()
    {
        var quote = Quote(Objection, "koperasi kami mau dibubarin pemerintah, bisa keberatan gk?");
        Assert.Contains("(2)", quote.Label);
        Assert.DoesNotContain("(3)", quote.Label);
    }

    [Theory]
    // A protest the story only tells is not the question: the ayat on the pengurus' power answers.
    [InlineData("ada anggota yg protes terus. pengurus boleh memberhentikan anggota yg gk memenuhi kewajibannya?", "(2)")]
    public void A_protest_told_in_the_story_does_not_choose_the_ayat(string question, string quoted)
    {
        var quote = Quote(Ending, question);
        Assert.Contains(quoted, quote.Label);
        Assert.DoesNotContain("(3)", quote.Label);
    }

    private static readonly string Recovery =
        "Pemulihan koperasi adalah upaya mengaktifkan kembali koperasi dari segi kelembagaan dan usaha. "
        + string.Join(' ', Enumerable.Repeat("Pemulihan didampingi dinas setempat.", 30))
        + " Pemulihan harus memperhatikan hal sebagai berikut:\n"
        + "1. jumlah anggota yang masih aktif; dan\n"
        + "2. utang koperasi. Langkah pemulihan koperasi vakum menjadi koperasi desa meliputi:\n"
        + "1. Dinas mendata koperasi vakum di desa.\n"
        + "2. Dinas mendampingi koperasi vakum menyusun rencana menjadi koperasi desa.\n"
        + "3. Rapat anggota koperasi vakum menyepakati:\n"
        + "a. ikut program koperasi desa; dan\n"
        + "b. bergabung dengan koperasi desa lain.";

    [Theory]
    [InlineData("koperasi kami udh lama vakum, mau dijadikan koperasi desa. pemulihan itu yg hrs diperhatiin apa aja?", "utang koperasi", "Dinas mendata")]
    // Asked of the steps, the list of steps answers.
    [InlineData("koperasi kami udh lama vakum, mau dijadikan koperasi desa. langkah pemulihannya apa aja?", "Dinas mendata", "utang koperasi")]
    public void A_list_is_chosen_by_the_word_it_is_asked_of(string question, string quoted, string left)
    {
        Assert.True(Recovery.Length > QuotedUnits.DefaultMaxLength);
        var quote = Quote(Recovery, question);
        Assert.Contains(quoted, quote.Text);
        Assert.DoesNotContain(left, quote.Text);
    }

    [Theory]
    [InlineData("SPT koperasi dilaporin kapan?", "spt")]
    [InlineData("spt tahunan kopdes gmn ngisinya?", "spt")]
    [InlineData("lapor spt pajak badan kopdes telat, kena apa?", "spt")]
    // Chat for "seperti" everywhere else.
    [InlineData("simpanan wajib spt tabungan ya?", "seperti")]
    public void SPT_about_taxes_is_the_tax_return(string question, string word)
    {
        var normalized = ChatNormalizer.Normalize(question);
        Assert.Contains($" {word} ", $" {normalized} ");
    }

    [Fact]
    public void A_question_about_the_tax_return_finds_the_taxpayers_duties()
    {
        var result = Search.Search("SPT kopdes wajib disampaikan gk?");
        Assert.Contains(result.Passages.Take(3), p => p.Text.Contains("(SPT)"));
    }

    private static Quote Quote(string text, string question)
    {
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse(question);
        return QuotedUnits.Select(text, concepts, analyzer, list: QuestionIntent.AsksForList(question), frame: QuestionIntent.FrameOf(question));
    }
}
