using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 17 reply classes. Questions are paraphrases written for these tests, not taken from an evaluation set; the passages quoted
/// are made up in the regulations' style.
/// </summary>
public class Reply17Tests
{
    /// <summary>A form to fill in, as the appendices have them: a title, then mostly blanks around a few words many questions share.</summary>
    private static readonly string FormText =
        "SURAT KUASA RAPAT KOPERASI ……………………\n"
        + string.Concat(Enumerable.Repeat("Nama : …………………… Jabatan : …………………… Alamat : ……………………\n", 8))
        + "bertindak untuk dan atas nama Koperasi selaku kuasa Ketua dan Bendahara, bermeterai cukup.";

    private static Passage Form(float score) =>
        new("Pedoman 1/2030 Lampiran 2", "pedoman-contoh", FormText, score, null, "Pedoman 1/2030 — Pedoman contoh", false) { IsForm = BlankForm.Is(FormText) };

    private static readonly Passage Borrowing = new("Pedoman 1/2030 Pasal 17", "pedoman-contoh",
        "(1) Pengurus mewakili Koperasi di dalam dan di luar pengadilan.\n"
        + "(2) Pengurus yang meminjam uang atas nama Koperasi harus mendapat persetujuan terlebih dahulu dari Rapat Anggota.",
        1.3f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    private static readonly Passage Proxy = new("Pedoman 1/2030 Pasal 12", "pedoman-contoh",
        "(1) Setiap anggota mempunyai satu suara.\n(2) Anggota yang tidak hadir tidak dapat mewakilkan suaranya kepada anggota lain.",
        0.9f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    [Theory]
    [InlineData("ketua mau pinjem ke bank atas nama kopdes, cukup tanda tangan ketua sm bendahara kan?")]
    [InlineData("bendahara ngajuin kredit atas nama koperasi, cukup surat kuasa dr ketua?")]
    public void A_form_to_fill_in_leads_no_reply(string question)
    {
        var answer = Formatter.Format(question, new SearchResult([Form(1.7f), Borrowing, Proxy], 0.9, true));
        Assert.StartsWith("Pedoman 1/2030 Pasal 17", answer);
        Assert.DoesNotContain("Nama : ……", answer);
        Assert.Contains("Lihat juga: Pedoman 1/2030 Lampiran 2", answer);
    }

    [Fact]
    public void A_hedged_answer_leads_with_the_rule_below_a_form_too()
    {
        var answer = Formatter.Format("anggota mau titip suara ke adiknya pake surat kuasa bermeterai, boleh?", new SearchResult([Form(1.2f), Proxy], 0.3, false) { IsTentative = true });
        Assert.StartsWith(RegulationAnswerFormatter.TentativeOpening + "\n\nPedoman 1/2030 Pasal 12", answer);
        Assert.Contains("tidak dapat mewakilkan", answer);
    }

    [Fact]
    public void A_form_is_not_quoted_second_either()
    {
        var answer = Formatter.Format("pinjam uang atas nama koperasi perlu persetujuan siapa?", new SearchResult([Borrowing with { Score = 2 }, Form(1.9f)], 0.9, true));
        Assert.DoesNotContain(RegulationAnswerFormatter.SecondOpening, answer);
        Assert.DoesNotContain("Nama : ……", answer);
    }

    [Theory]
    // The form asked for, or nothing but forms near the question.
    [InlineData("contoh surat kuasa rapat koperasi ada?")]
    [InlineData("format surat kuasa buat ketua dan bendahara gmn?")]
    public void A_form_asked_for_still_leads(string question) =>
        Assert.StartsWith("Pedoman 1/2030 Lampiran 2", Formatter.Format(question, new SearchResult([Form(1.7f), Borrowing, Proxy], 0.9, true)));

    [Fact]
    public void A_form_far_above_every_rule_still_leads() =>
        Assert.StartsWith("Pedoman 1/2030 Lampiran 2", Formatter.Format("surat kuasa atas nama ketua gmn?", new SearchResult([Form(3), Proxy], 0.9, true)));

    [Fact]
    public void An_article_leaving_a_few_blanks_is_no_form() =>
        Assert.False(BlankForm.Is("(1) Koperasi ini bernama …………… berkedudukan di ……………\n(2) Masa jabatan ……(……) tahun."));

    /// <summary>A quorum article in the model AD's shape: vote share, quorum, what follows a missed quorum, the second meeting's quorum.</summary>
    private const string QuorumArticle =
        "(1) Keputusan Rapat Anggota diambil dengan musyawarah. Bila tidak tercapai mufakat, keputusan disetujui oleh lebih 1/2 (satu "
        + "per dua) dari anggota yang hadir.\n"
        + "(2) Setiap anggota mempunyai satu hak suara.\n"
        + "(3) Rapat Anggota sah jika dihadiri lebih dari 1/2 (satu per dua) dari jumlah anggota yang terdaftar.\n"
        + "(4) Apabila kuorum kehadiran tidak tercapai, undangan rapat kedua dikirim paling lambat 14 (empat belas) hari sebelumnya.\n"
        + "(5) Rapat Anggota kedua sah apabila dihadiri paling sedikit 1/3 (satu per tiga) dari jumlah anggota yang terdaftar.\n"
        + "(6) Pemungutan suara dapat dilakukan secara terbuka atau tertutup.";

    [Theory]
    // How many must attend for the meeting to be valid, asked without the word "kuorum".
    [InlineData("anggota kami 200 org, rapat anggota baru sah kalo yg hadir minimal brp org?")]
    [InlineData("RAT sah nya kalo yg dtg brp persen anggota?")]
    // A quorum missed.
    [InlineData("rapat anggota kemarin ga kuorum, trus gmn?")]
    [InlineData("RAT td yg dateng kurang dr separo anggota, bisa diulang gk?")]
    public void A_quorum_asked_or_missed_quotes_the_ayat_stating_how_many_must_attend(string question)
    {
        Assert.True(QuestionIntent.FrameOf(question).Quorum);
        var quote = Quote(QuorumArticle, question).Text;
        Assert.Contains("dihadiri", quote);
        Assert.DoesNotContain("disetujui oleh", quote);
    }

    [Theory]
    [InlineData("anggota kami 200 org, rapat anggota baru sah kalo yg hadir minimal brp org?")]
    [InlineData("brp kuorum rapat anggota?")]
    public void Both_quorums_are_quoted_when_a_quorum_is_asked(string question)
    {
        var quote = Quote(QuorumArticle, question).Text;
        Assert.Contains("lebih dari 1/2 (satu per dua) dari jumlah anggota yang terdaftar", quote);
        Assert.Contains("paling sedikit 1/3", quote);
    }

    [Fact]
    public void The_second_meetings_quorum_asked_is_quoted_alone() =>
        Assert.Equal(" ayat (5)", Quote(QuorumArticle, "rapat anggota kedua sah kalo yg hadir brp persen?").Label);

    [Theory]
    // A vote share, or a validity that is no attendance.
    [InlineData("keputusan rapat anggota sah kalo disetujui brp persen yg hadir?")]
    [InlineData("rapat anggota online sah gk?")]
    public void A_vote_share_or_a_validity_without_attendance_is_no_quorum(string question) =>
        Assert.False(QuestionIntent.FrameOf(question).Quorum);

    /// <summary>An article on the members' meeting: a bar on voting by proxy beside the rule on meeting online.</summary>
    private const string Meeting =
        "(1) Rapat Anggota dipimpin oleh Pengurus.\n"
        + "(2) Anggota yang tidak hadir tidak dapat mewakilkan suaranya kepada anggota lain.\n"
        + "(3) Rapat Anggota dapat dilakukan secara daring dan/atau luring.\n"
        + "(4) Notulen Rapat Anggota ditandatangani oleh pimpinan rapat.";

    [Theory]
    [InlineData("koperasi sebelah RAT lewat zoom krn anggotanya pd merantau. kita boleh bikin rapat anggota online jg?")]
    [InlineData("anggota kami banyak yg kerja di kota. rapat anggota boleh daring gk?")]
    public void A_bar_that_shares_only_the_storys_words_does_not_answer_a_permission(string question)
    {
        var quote = Quote(Meeting, question).Text;
        Assert.Contains("daring", quote);
        Assert.DoesNotContain("mewakilkan", quote);
    }

    [Theory]
    // The bar shares a word of the asked part: it answers.
    [InlineData("anggota kami banyak yg kerja di kota. boleh nitip suara ke anggota lain?")]
    public void A_bar_sharing_the_asked_words_still_answers_a_permission(string question) =>
        Assert.Contains("tidak dapat mewakilkan", Quote(Meeting, question).Text);

    private static Quote Quote(string text, string question)
    {
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse(question);
        return QuotedUnits.Select(text, concepts, analyzer, list: QuestionIntent.AsksForList(question), frame: QuestionIntent.FrameOf(question));
    }
}
