using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 18 reply classes. Questions are paraphrases written for these tests, not taken from an evaluation set; the passages quoted
/// are made up in the regulations' style unless a test names the shipped one.
/// </summary>
public class Reply18Tests
{
    [Fact]
    public void A_form_is_told_once_where_it_is_chunked_and_the_passage_carries_it()
    {
        Assert.True(Chunk("Juklak Menkop 1/2025 Lampiran 1").IsForm);
        Assert.False(Chunk("Juklak Menkop 1/2025 Lampiran 7 Pasal 1").IsForm);
        var passages = Search.Search("konsep berita acara rapat pendirian koperasi", 5).Passages;
        Assert.All(passages, p => Assert.Equal(Corpus.Chunks.Single(c => c.Citation == p.Citation).IsForm, p.IsForm));
    }

    [Theory]
    // A decision given "berdasarkan" an organ ("ditetapkan berdasarkan Rapat Anggota") names the organ as "oleh" does.
    [InlineData("(2) Penggunaan dana cadangan ditetapkan berdasarkan Rapat Anggota.", "rapat anggota")]
    [InlineData("(3) Besarnya jasa pinjaman diputuskan berdasarkan Rapat Anggota Luar Biasa.", "rapat anggota")]
    [InlineData("(1) Honor pengelola ditentukan oleh Pengurus.", "pengurus")]
    public void A_decision_given_on_an_organs_ground_names_that_organ(string unit, string organ) =>
        Assert.Contains(organ, Deciders.NamedIn(unit));

    [Theory]
    // "berdasarkan" a rule or a count gives the decision to nobody.
    [InlineData("(1) Sisa hasil usaha dibagi berdasarkan jasa usaha anggota.")]
    [InlineData("(2) Keputusan diambil berdasarkan suara terbanyak.")]
    public void A_ground_that_is_no_organ_names_nobody(string unit) => Assert.Empty(Deciders.NamedIn(unit));

    /// <summary>An article on a loss: may the reserve cover it, who decides, what if it does not suffice.</summary>
    private const string Loss =
        "(1) Dalam hal koperasi menderita kerugian usaha, kerugian dapat ditutup dengan dana cadangan.\n"
        + "(2) Penggunaan dana cadangan sebagaimana dimaksud pada ayat (1) ditetapkan berdasarkan Rapat Anggota.\n"
        + "(3) Dalam hal dana cadangan tidak cukup untuk menutup kerugian, kerugian dibebankan pada tahun buku berikutnya.";

    [Theory]
    [InlineData("toko kami rugi, dana cadangan boleh buat nutup? yg mutusin siapa?")]
    [InlineData("kerugian ditutup pake dana cadangan itu siapa yg menetapkan?")]
    public void Who_decides_on_the_reserve_is_answered_by_the_ayat_giving_it_to_the_meeting(string question) =>
        Assert.Contains("berdasarkan Rapat Anggota", Quote(Loss, question).Text);

    /// <summary>An article keeping a unit's money apart, its other ayat sharing the unit's name.</summary>
    private const string Separate =
        "(1) Pengelolaan unit simpan pinjam dilakukan secara terpisah dari unit usaha lainnya.\n"
        + "(2) Modal unit simpan pinjam disetor oleh koperasi.\n"
        + "(3) Keuntungan unit simpan pinjam diajukan oleh pengurus unit simpan pinjam untuk disetujui anggota pengguna unit simpan pinjam.";

    [Theory]
    [InlineData("bendahara nyampur duit USP sm duit toko, boleh?")]
    [InlineData("uang unit simpan pinjam dicampurin sama kas gerai gpp kan?")]
    public void Mixing_a_units_money_is_answered_by_the_ayat_keeping_it_apart(string question) =>
        Assert.Contains("secara terpisah", Quote(Separate, question).Text);

    [Theory]
    [InlineData("pak rekap: (a) notulen musdesus dilampiri apa? (b) abis SK keluar ngurus apa?")]
    [InlineData("pertanyaan dr desa: 1. pimpinan rapat brp org? 2. hasilnya diumumin dimana?")]
    [InlineData("a. syarat jadi pengurus apa? b. masa jabatannya brp lama?")]
    [InlineData("1) rapat boleh online? 2) notulen siapa yg tanda tangan?")]
    public void Several_numbered_questions_are_told(string question) => Assert.True(SeveralQuestions.Asked(question));

    [Theory]
    // A number inside a price, an article or a date is no list of questions.
    [InlineData("simpanan pokok Rp2.500 atau Rp10.000, mana yg benar?")]
    [InlineData("pasal 1. ayat 2. isinya apa?")]
    [InlineData("ayat (1) dan (2) pasal itu isinya apa?")]
    [InlineData("rapat tgl 1 atau 2 bulan depan enaknya?")]
    public void A_number_in_a_single_question_is_no_list_of_questions(string question) => Assert.False(SeveralQuestions.Asked(question));

    private static readonly Passage Minutes = new("Pedoman 1/2030 Pasal 4", "pedoman-contoh",
        "(1) Notulen rapat pendirian dilengkapi daftar hadir dan surat rekomendasi desa.", 1.0f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    private static readonly Passage AfterApproval = new("Pedoman 1/2030 Pasal 5", "pedoman-contoh",
        "(1) Setelah pengesahan badan hukum, koperasi mengurus nomor pokok wajib pajak dan membuka rekening bank.", 0.7f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    [Fact]
    public void Several_numbered_questions_get_the_runner_up_quoted_too()
    {
        var answer = Formatter.Format("(a) notulen rapat pendirian dilengkapi apa? (b) abis pengesahan ngurus apa?", new SearchResult([Minutes, AfterApproval], 0.9, true));
        Assert.Contains(RegulationAnswerFormatter.SecondOpening, answer);
        Assert.Contains("nomor pokok wajib pajak", answer.Split("Lihat juga:")[0]);
    }

    [Fact]
    public void One_question_names_a_runner_up_this_far_below_only_under_see_also()
    {
        var answer = Formatter.Format("notulen rapat pendirian dilengkapi apa? abis pengesahan ngurus apa?", new SearchResult([Minutes, AfterApproval], 0.9, true));
        Assert.DoesNotContain(RegulationAnswerFormatter.SecondOpening, answer);
        Assert.Contains("Lihat juga: Pedoman 1/2030 Pasal 5", answer);
    }

    private static readonly Passage Expulsion = new("Pedoman 1/2030 Pasal 8", "pedoman-contoh",
        "(1) Keanggotaan berakhir apabila anggota meninggal dunia, keluar atas permintaan sendiri, atau diberhentikan oleh Pengurus.\n"
        + "(2) Anggota yang diberhentikan oleh Pengurus tidak dapat mengambil kembali simpanan wajibnya sebelum tahun buku berakhir.",
        1.0f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    private static readonly Passage Defence = new("Pedoman 1/2030 Pasal 9", "pedoman-contoh",
        "(1) Anggota yang diberhentikan oleh Pengurus diberi hak untuk membela diri dalam Rapat Anggota.",
        0.6f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    private static readonly Passage Dissolution = new("Pedoman 1/2030 Pasal 30", "pedoman-contoh",
        "(1) Pembubaran koperasi diputuskan oleh Rapat Anggota.\n(2) Anggota menanggung kerugian sebatas simpanan pokok dan simpanan wajib.",
        0.6f, null, "Pedoman 1/2030 — Pedoman contoh", false);

    [Theory]
    [InlineData("sy diberhentikan pengurus krn nunggak simpanan wajib. bisa banding?")]
    [InlineData("anggota dikeluarin pengurus, dia bisa protes ga?")]
    public void A_runner_up_granting_the_way_to_contest_is_quoted_when_the_best_grants_none(string question)
    {
        var answer = Formatter.Format(question, new SearchResult([Expulsion, Defence], 0.9, true));
        Assert.Contains(RegulationAnswerFormatter.SecondOpening, answer);
        Assert.Contains("membela diri", answer.Split("Lihat juga:")[0]);
    }

    [Theory]
    // Many passages name an organ that decides: naming one tells no runner-up from another.
    [InlineData("simpanan pokok ditetapkan 10rb aja biar murah. yg nentuin siapa?")]
    public void A_runner_up_only_naming_a_decider_stays_under_see_also(string question)
    {
        var answer = Formatter.Format(question, new SearchResult([Expulsion, Dissolution], 0.9, true));
        Assert.DoesNotContain(RegulationAnswerFormatter.SecondOpening, answer);
        Assert.Contains("Lihat juga: Pedoman 1/2030 Pasal 30", answer);
    }

    [Theory]
    // The model AD's headings of the next chapter or article, as the notarial draft prints them between two articles.
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 22", "BAB VI PENGELOLAAN ORGANISASI DAN USAHA")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 21", "Defisit Hasil Usaha")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 8 Pasal 16", "Kewenangan Pengurus")]
    public void A_heading_between_two_articles_is_never_quoted_with_the_one_before(string before, string heading)
    {
        Assert.DoesNotContain(heading, Chunk(before).Text);
        Assert.Contains(heading, Chunk(before).ClosingHeading);
    }

    [Theory]
    // An article's last words stay: a sentence the draft leaves without its full stop, an ayat ending in a capitalised name.
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 1", "membuka Tempat Pelayanan")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 22", "periode tahun buku berikutnya.")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 9", "Pengawas.")]
    public void An_articles_own_last_words_stay_its_own(string citation, string words) =>
        Assert.EndsWith(words, Chunk(citation).Text);

    [Theory]
    // The notarial draft pads a line with two dashes as well as with many: they are no part of the wording quoted.
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 12", "dapat menggunakan sistem kelompok atau perwakilan")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 6", "sebanding dengan jumlah Simpanan Pokok dan Simpanan")]
    public void Two_padding_dashes_are_dropped_like_many(string citation, string wording)
    {
        Assert.Contains(wording, Chunk(citation).Text);
        Assert.DoesNotContain("--", Chunk(citation).Text);
    }

    [Theory]
    // One dash closing a line pads it too, unless the next line goes on with the word's own root.
    [InlineData("transaksi usaha yang dilakukan-\noleh masing-masing anggota", "transaksi usaha yang dilakukan oleh masing-masing anggota")]
    [InlineData("persetujuan Rapat-\nAnggota", "persetujuan Rapat Anggota")]
    [InlineData("sesuai peraturan perundang-\nundangan yang berlaku", "sesuai peraturan perundang-undangan yang berlaku")]
    [InlineData("Undang-\nUndang Nomor 25 Tahun 1992", "Undang-Undang Nomor 25 Tahun 1992")]
    [InlineData("kebijakan umum serta-\nhasil usaha;-\nb. pengesahan laporan", "kebijakan umum serta hasil usaha;\nb. pengesahan laporan")]
    [InlineData("simpanan pokok sebesar Rp100.000,-\nper orang", "simpanan pokok sebesar Rp100.000,- per orang")]
    [InlineData("paling sedikit 1/5 (satu per -\nlima) jumlah anggota", "paling sedikit 1/5 (satu per lima) jumlah anggota")]
    [InlineData("memutuskan penggabungan dan-\nd. pembubaran", "memutuskan penggabungan dan\nd. pembubaran")]
    public void A_dash_closing_a_line_is_padding_unless_the_word_goes_on(string source, string wording) =>
        Assert.Equal(wording, TextReflow.Join(source.Split('\n')));

    private static Quote Quote(string text, string question)
    {
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse(question);
        return QuotedUnits.Select(text, concepts, analyzer, list: QuestionIntent.AsksForList(question), frame: QuestionIntent.FrameOf(question));
    }
}
