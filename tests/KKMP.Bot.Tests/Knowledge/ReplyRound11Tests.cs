using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 11 classes of a right passage with a wrong reply, and of an in-scope question declined: a phrase of the text answers
/// one idea of the question; the topic every ayat of a long article shares does not choose among them; a procedure whose
/// lettered items sit inside one numbered step is quoted from its start; a question whose asked part names one cooperative
/// anchor is offered hedged rather than declined. Passages are made up and questions are paraphrases written for these tests,
/// not taken from an evaluation set.
/// </summary>
public class ReplyRound11Tests
{
    private const string Voting =
        "(1) Keputusan rapat diambil dengan musyawarah untuk mufakat.\n"
        + "(2) Apabila musyawarah tidak berhasil, keputusan diambil berdasarkan suara terbanyak.\n"
        + "(3) Dalam hal dilakukan pemungutan suara, setiap anggota mempunyai hak satu suara.\n"
        + "(4) Koperasi sekunder mengatur hak suaranya dalam Anggaran Dasar.";

    [Theory]
    // "suara terbanyak" is the phrase of "voting"; it does not also count as "suara" and "banyak" of the question.
    [InlineData("yg modalnya gede suaranya pas voting dianggap lebih banyak ya?", "(3)", "(2)")]
    // When the question asks about the majority itself, the ayat that says it still answers.
    [InlineData("klo musyawarah gagal keputusannya gmn?", "(2)", "(3)")]
    public void A_phrase_of_the_text_answers_one_idea_of_the_question(string question, string quoted, string left)
    {
        var quote = Quote(Voting, question);
        Assert.Contains(quoted, quote.Label);
        Assert.DoesNotContain(left, quote.Label);
    }

    private const string Meeting =
        "(1) Rapat Anggota dipimpin oleh pengurus koperasi.\n"
        + "(2) Rapat Anggota sah apabila dihadiri lebih dari separuh anggota.\n"
        + "(3) Anggota yang tidak hadir tidak dapat mewakilkan suaranya kepada anggota yang lain.\n"
        + "(4) Rapat Anggota dapat dilakukan secara daring.\n"
        + "(5) Rapat Anggota koperasi yang memiliki kantor cabang dapat menggunakan sistem perwakilan dan harus dihadiri oleh peserta yang berstatus sebagai anggota koperasi serta tidak boleh diwakilkan.\n"
        + "(6) Rapat Anggota dicatat dalam notulen yang ditandatangani pimpinan rapat.";

    [Fact]
    public void The_topic_every_ayat_of_a_long_article_shares_does_not_choose_among_them()
    {
        // Without the topic rule ayat (5) wins alone: it adds "Rapat Anggota" to "diwakilkan".
        var quote = Quote(Meeting, "anggota mau nitip suara ke saudaranya waktu RAT, boleh?");
        Assert.True(quote.Label.Contains("(3)"), quote.Label);
        Assert.Contains("tidak dapat mewakilkan suaranya", quote.Text);
    }

    [Fact]
    public void A_short_article_keeps_counting_the_words_its_ayat_share()
    {
        const string rejected =
            "(1) Dalam hal permohonan pengesahan ditolak, alasannya diberitahukan kepada para pendiri.\n"
            + "(2) Terhadap penolakan, para pendiri dapat mengajukan permohonan ulang dalam waktu paling lama 1 (satu) bulan.\n"
            + "(3) Keputusan atas permohonan ulang diberikan dalam waktu paling lama 1 (satu) bulan.";
        var quote = Quote(rejected, "permohonan kami ditolak, boleh ngajuin ulang dlm waktu brp lama?");
        Assert.Contains("(2)", quote.Label);
    }

    private static readonly string Procedure =
        "Pemulihan koperasi adalah rangkaian langkah untuk mengaktifkan kembali koperasi yang tidak aktif dari segi kelembagaan, "
        + "organisasi, dan usaha. " + string.Join(' ', Enumerable.Repeat("Pemulihan dilakukan dengan pendampingan dinas.", 6)) + " Tahapannya meliputi:\n"
        + "1. Dinas melakukan koordinasi dengan pengurus koperasi tersebut.\n"
        + "2. Dinas bersama pengurus menyusun rencana aksi.\n"
        + "3. Rapat anggota paling sedikit menyepakati:\n"
        + "a. ikut serta dalam program koperasi desa; dan\n"
        + "b. melakukan penggabungan dengan koperasi tertentu.\n"
        + "4. Pengurus menyerahkan berita acara perubahan kepada notaris.\n"
        + "5. Notaris mengunggah berita acara perubahan pada sistem.";

    [Fact]
    public void A_procedure_with_lettered_items_inside_a_step_is_quoted_from_its_start()
    {
        Assert.True(Procedure.Length > 700);
        var quote = Quote(Procedure, "koperasi kami mati suri mau dihidupin lg, langkah awalnya apa?");
        Assert.Equal("", quote.Label);
        Assert.StartsWith("Pemulihan koperasi adalah rangkaian langkah untuk mengaktifkan kembali", quote.Text);
        Assert.Contains("1. Dinas melakukan koordinasi", quote.Text);
    }

    [Fact]
    public void Lettered_items_at_the_top_of_a_passage_are_still_quoted_one_by_one()
    {
        var text = "Pengurus koperasi harus memenuhi persyaratan berikut ini yang ditetapkan dalam rapat pendirian:\n"
            + "a. " + string.Join(' ', Enumerable.Repeat("mempunyai pengetahuan tentang perkoperasian dan jujur.", 6)) + "\n"
            + "b. tidak pernah dihukum karena tindak pidana di bidang keuangan dalam waktu 5 (lima) tahun.\n"
            + "c. " + string.Join(' ', Enumerable.Repeat("bertempat tinggal di desa tempat koperasi berada.", 6));
        var quote = Quote(text, "pengurus yg pernah dihukum pidana boleh gk?");
        Assert.Contains("huruf b", quote.Label);
    }

    [Theory]
    // The asked part names one anchor ("pengawas") the passage states; the story's words are missing from it.
    [InlineData("tadi ada wartawan nanya hasil pemeriksaan kas di gerai. pengawas boleh cerita ke dia?", true)]
    // The asked part names words the knowledge base knows and the passage lacks: a chore, declined.
    [InlineData("gerai kami kemarin kebanjiran, pengurus enaknya beli pompa air merk apa?", false)]
    [InlineData("kemarin pengawas kami sakit, obat flu yg ampuh apa?", false)]
    public void A_single_anchor_asked_is_offered_hedged_when_the_story_drags_it_down(string question, bool hedged)
    {
        var result = Search.Search(question);
        Assert.False(result.IsConfident);
        Assert.Equal(hedged, result.IsTentative);
        Assert.Equal(hedged, result.Answers);
        if (hedged) Assert.StartsWith(RegulationAnswerFormatter.TentativeOpening, Answer(question));
        else Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, Answer(question));
    }

    private static Quote Quote(string text, string question)
    {
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse(question);
        return QuotedUnits.Select(text, concepts, analyzer, list: QuestionIntent.AsksForList(question), frame: QuestionIntent.FrameOf(question));
    }
}
