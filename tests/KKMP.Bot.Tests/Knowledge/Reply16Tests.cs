using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 16 reply and gate classes. Questions are paraphrases written for these tests, not taken from an evaluation set; the
/// passages quoted are made up in the regulations' style unless a test names the shipped one.
/// </summary>
public class Reply16Tests
{
    /// <summary>An article whose last ayat only passes the rule on, the way the law closes many of its articles.</summary>
    private const string WithDelegation =
        "(1) Gerai Koperasi melayani kebutuhan anggota.\n"
        + "(2) Gerai Koperasi dapat melayani masyarakat yang bukan anggota dalam rangka menarik masyarakat menjadi anggota.\n"
        + "(3) Pengelola gerai bertanggung jawab kepada Pengurus.\n"
        + "(4) Ketentuan lebih lanjut mengenai gerai Koperasi diatur dalam Peraturan Menteri.";

    [Theory]
    [InlineData("gerai kami dipakai belanja warga yg bukan anggota, aturannya gmn?")]
    [InlineData("warga non anggota belanja di gerai, hukumnya apa?")]
    [InlineData("yg bukan anggota belanja di gerai kopdes, aturan nya sekarang bagaimana?")]
    public void Asking_for_the_rule_is_not_answered_by_an_ayat_that_passes_it_on(string question)
    {
        var quote = Quote(WithDelegation, question);
        Assert.Contains("bukan anggota", quote.Text);
        Assert.DoesNotContain("diatur dalam Peraturan Menteri", quote.Text);
    }

    [Theory]
    // Where the rule is written is asked, so the ayat passing it on answers.
    [InlineData("ketentuan lebih lanjut soal gerai diatur di peraturan apa?")]
    public void Asking_where_the_rule_is_written_still_finds_the_ayat_that_passes_it_on(string question) =>
        Assert.Contains("diatur dalam Peraturan Menteri", Quote(WithDelegation, question).Text);

    [Theory]
    // The language or currency of the books is a legal idea: with "laporan" or "neraca" the question is in scope.
    [InlineData("laporan keuangan kopdes boleh ditulis pake bahasa daerah gk?")]
    [InlineData("neraca boleh pakai bahasa inggris aja?")]
    [InlineData("laporan keuangan boleh pakai mata uang dolar?")]
    public void The_language_and_currency_of_the_books_are_answered(string question)
    {
        var result = Search.Search(question);
        Assert.True(result.Answers, $"confidence {result.Confidence:F2}");
        Assert.Contains("Bahasa Indonesia", Flat(Answer(question)));
    }

    [Theory]
    // A language alone is no cooperative question.
    [InlineData("bahasa inggrisnya 'terima kasih banyak' apa ya?")]
    [InlineData("kursus bahasa inggris yg murah di kota mana?")]
    public void A_language_alone_is_still_declined(string question) =>
        Assert.False(Search.Search(question).Answers);

    /// <summary>A quorum article in the model AD's shape: a vote share first, then the quorum, then what follows when it is not reached.</summary>
    private const string QuorumArticle =
        "(1) Keputusan Rapat Anggota diambil dengan musyawarah. Dalam hal tidak tercapai mufakat, keputusan disetujui oleh lebih "
        + "1/2 (satu per dua) dari anggota yang hadir.\n"
        + "(2) Setiap anggota mempunyai satu suara.\n"
        + "(3) Rapat Anggota sah jika dihadiri lebih dari 1/2 (satu per dua) dari jumlah anggota yang terdaftar.\n"
        + "(4) Apabila kuorum kehadiran tidak tercapai, rapat kedua diundang paling lambat 7 (tujuh) hari sebelumnya.\n"
        + "(5) Rapat kedua sah apabila dihadiri paling sedikit 1/3 (satu per tiga) dari jumlah anggota yang terdaftar.";

    [Theory]
    [InlineData("kuorum rapat anggota brp? kalo yg dateng kurang dr separo gmn, batal?")]
    [InlineData("RAT kuorumnya brp sih?")]
    [InlineData("brp kuorum rapat anggota kopdes?")]
    public void A_quorum_asked_is_answered_by_the_ayat_saying_how_many_must_attend(string question)
    {
        var quote = Quote(QuorumArticle, question);
        Assert.Contains("sah jika dihadiri", quote.Text);
        Assert.DoesNotContain("disetujui oleh", quote.Text);
    }

    [Theory]
    // A vote share asked is no quorum: the ayat on deciding answers.
    [InlineData("keputusan rapat anggota hrs disetujui brp persen anggota yg hadir?")]
    public void A_vote_share_asked_is_still_the_ayat_on_deciding(string question) =>
        Assert.Contains("disetujui oleh", Quote(QuorumArticle, question).Text);

    [Theory]
    // Choosing a lender for oneself, and songs: no regulation answers.
    [InlineData("mau pinjem 5 jt buat modal warung, enaknya ke kopdes ato ke bank?")]
    [InlineData("enaknya pinjam di bank atau di koperasi buat beli motor?")]
    [InlineData("lirik mars koperasi ada yg punya?")]
    [InlineData("lagu apa yg cocok buat pembukaan RAT kopdes?")]
    public void Choosing_a_lender_and_songs_are_declined(string question) => AssertDeclinedAsOperational(question);

    [Theory]
    // The song told in the story; the asked part asks the rule. A bank named in the cooperative's own steps.
    [InlineData("abis nyanyi mars koperasi, rapat dimulai. kuorumnya brp?")]
    [InlineData("dana kopdes boleh disimpan di bank?")]
    [InlineData("akta kopdes udh disahkan, abis itu NPWP, rekening bank, NIB duluan yg mana?")]
    [InlineData("akta pendirian udh beres, buka rekening bank atas nama koperasi syaratnya apa?")]
    public void A_song_in_the_story_or_the_cooperatives_own_bank_account_is_still_searched(string question) =>
        Assert.False(OperationalQuestion.Matches(question));

    [Fact]
    public void The_steps_after_the_deed_is_approved_are_answered_with_them()
    {
        const string question = "akta udh disahkan, next step nya apa? NPWP, rekening bank, NIB urutannya gmn";
        Assert.True(Search.Search(question).Answers);
        Assert.Contains("nomor induk berusaha (NIB)", Flat(Answer(question)));
    }

    [Theory]
    // A time ahead opens a condition: what it names is asked about.
    [InlineData("pas pembubaran nanti, sisa kekayaan koperasi dibagi ke siapa?", "pembubaran")]
    [InlineData("nanti pas merger, anggota yg gak setuju bisa apa?", "merger")]
    public void A_time_ahead_is_part_of_the_question(string question, string word) =>
        Assert.Contains(word, QuestionFrame.AskedText(ChatNormalizer.Normalize(question)));

    [Theory]
    // A time past is a story.
    [InlineData("pas pembubaran koperasi lama dulu, sy ga diundang. pengawas tugasnya apa?", "pembubaran")]
    public void A_time_past_is_still_the_story(string question, string word) =>
        Assert.DoesNotContain(word, QuestionFrame.AskedText(ChatNormalizer.Normalize(question)));

    [Theory]
    [InlineData("next step nya apa?", "selanjutnya langkah")]
    [InlineData("tax obligation kopdes apa aja?", "pajak kewajiban")]
    [InlineData("yg decide siapa?", "memutuskan")]
    public void English_words_of_officers_are_read_in_Indonesian(string question, string expected) =>
        Assert.Contains(expected, ChatNormalizer.Normalize(question));

    /// <summary>A procedure as the Juklak's reflowed text has it: what it is for, a short list, then steps whose last one opens lettered items.</summary>
    private const string Procedure =
        "Penghidupan kembali Koperasi merupakan prosedur untuk mengaktifkan kembali Koperasi yang tidak aktif. Penghidupan kembali "
        + "harus memperhatikan hal sebagai berikut:\n"
        + "1. aset yang dimiliki; dan\n"
        + "2. utang Koperasi. Langkah penghidupan kembali Koperasi meliputi:\n"
        + "1. Dinas berkoordinasi dengan Pengurus Koperasi.\n"
        + "2. Pengurus menyusun rencana usaha.\n"
        + "3. Rapat anggota paling sedikit menyepakati:\n"
        + "a. ikut serta dalam program Koperasi Desa; dan/atau\n"
        + "b. melakukan penggabungan dengan Koperasi lain.\n"
        + "4. Dinas mendampingi penggabungan.";

    [Theory]
    [InlineData("koperasi kami vakum bertahun2, bisa dihidupin lagi? caranya gmn?")]
    [InlineData("langkah penghidupan kembali koperasi apa aja?")]
    public void A_procedures_steps_are_quoted_with_what_it_is_for_and_the_items_of_its_last_step(string question)
    {
        var quote = Quote(Procedure, question).Text;
        Assert.Contains("mengaktifkan kembali", quote);
        Assert.Contains("a. ikut serta", quote);
    }

    [Fact]
    public void A_list_of_the_opening_apart_from_the_steps_is_still_quoted_alone()
    {
        // The shipped procedure is longer than a quote, so a list asked of it is not answered by quoting it whole.
        var quote = Quote(Chunk("Juklak Menkop 1/2025 BAB VI").Text, "revitalisasi koperasi hrs memperhatikan apa aja?").Text;
        Assert.Contains("1. aset yang dimiliki", quote);
        Assert.DoesNotContain("Dinas sesuai dengan wilayah", quote);
    }

    private const string Merger =
        "(1) Koperasi dapat menggabungkan diri dengan koperasi lain.\n"
        + "(2) Penggabungan dilakukan dengan persetujuan Rapat Anggota Luar Biasa masing-masing Koperasi.\n"
        + "(3) Rapat Anggota Luar Biasa yang memutuskan penggabungan sah jika dihadiri paling sedikit 3/4 (tiga per empat) anggota.\n"
        + "(4) Ketentuan lebih lanjut diatur dalam Anggaran Rumah Tangga.";

    [Theory]
    [InlineData("kopdes kami mau merger sama kopdes tetangga, yg mutusin siapa?")]
    [InlineData("penggabungan koperasi itu yg decide siapa sih?")]
    [InlineData("siapa yg menetapkan penggabungan koperasi?")]
    public void A_verb_of_deciding_in_who_decides_is_no_word_to_match(string question) =>
        Assert.Contains("dengan persetujuan Rapat Anggota Luar Biasa", Quote(Merger, question).Text);

    [Theory]
    // A question that only points back asks the whole message, but the asker's reason after "biar" is still context.
    [InlineData("simpanan wajib 5rb aja biar warga kuat bayar, gitu kan caranya?", "simpanan wajib", "warga")]
    [InlineData("pengurus cukup 3 org biar hemat honor, boleh kan?", "pengurus", "honor")]
    public void The_reason_after_biar_is_context_when_the_question_points_back(string question, string askedWord, string reasonWord)
    {
        var asked = QuestionFrame.AskedText(ChatNormalizer.Normalize(question));
        Assert.Contains(askedWord, asked);
        Assert.DoesNotContain(reasonWord, asked);
    }

    private static Quote Quote(string text, string question)
    {
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse(question);
        return QuotedUnits.Select(text, concepts, analyzer, list: QuestionIntent.AsksForList(question), frame: QuestionIntent.FrameOf(question));
    }
}
