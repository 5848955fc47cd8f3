using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 6 classes: the reply quotes the unit that states what the question asks (a list whole when it fits, the
/// best unit never cut off by a longer second one), and a glossary entry opening with its own label ("3. Koperasi
/// Primer adalah …") is found as the definition of its term. Questions are paraphrases written for these tests,
/// not taken from an evaluation set.
/// </summary>
public class KeyFactQuotesTests
{
    [Theory]
    [InlineData("apa saja kewajiban anggota menurut AD kopdes?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 6", "membayar Simpanan Wajib")]
    [InlineData("anggota koperasi yg mau digabung tapi gak setuju, keberatannya disampaikan paling lambat brp hari?", "Juklak Menkop 1/2025 BAB VII angka 1", "paling lambat 30 (tiga puluh) hari setelah menerima salinan")]
    public void The_reply_quotes_the_unit_with_the_key_fact(string question, string citation, string fact)
    {
        var result = Search.Search(question);
        Assert.Equal(citation, result.Passages[0].Citation);
        var reply = Formatter.Format(question, result).Split("\n\nLihat juga:")[0];
        Assert.Contains(fact, Flat(reply));
    }

    [Theory]
    [InlineData("UU 25/1992 Pasal 1 angka 3", "koperasi primer")]
    [InlineData("PP 9/1995 Pasal 1 angka 5", "simpanan berjangka")]
    [InlineData("Juklak Menkop 1/2025 BAB I angka 5 huruf o", "musyawarah desa khusus")]
    public void A_glossary_entry_defines_the_term_after_its_label(string citation, string term)
    {
        Assert.Contains(DefinedTerms.Phrases(Chunk(citation).Text), p => p.Equals(term, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("pengertian koperasi primer", "UU 25/1992 Pasal 1 angka 3")]
    [InlineData("definisinya simpanan berjangka apa?", "PP 9/1995 Pasal 1 angka 5")]
    public void A_definition_question_finds_the_glossary_entry(string question, string citation)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.Equal(citation, result.Passages[0].Citation);
    }

    [Theory]
    [InlineData("iuran BPJS kesehatan buat pegawai kopdes brp?")]
    [InlineData("gimana daftar QRIS untuk kasir koperasi?")]
    [InlineData("produk olahan anggota koperasi mau dapat sertifikat halal, caranya?")]
    [InlineData("pengurus dihina anggota di facebook, bisa kena UU ITE?")]
    [InlineData("STNK mobil pick up koperasi mati, perpanjangnya di mana?")]
    [InlineData("lahan gudang koperasi jadi sengketa dgn ahli waris, harus gmn?")]
    public void Another_institutions_procedure_is_out_of_scope_even_for_the_cooperative(string question)
    {
        Assert.True(OperationalQuestion.Matches(question));
        Assert.False(Search.Search(question).Answers);
    }

    [Theory]
    [InlineData("koperasi mau melebur, persetujuannya dari siapa?")]
    [InlineData("ngangkat manajer cukup keputusan ketua atau harus lewat rapat anggota?")]
    [InlineData("bunga simpanan siapa yg netapin?")]
    public void Whose_approval_is_a_who_decides_question(string question)
    {
        Assert.True(Deciders.AskedIn(question).Asked);
    }

    [Theory]
    [InlineData("syarate opo wae?", "syarat apa saja?")]
    [InlineData("kudu piro wong?", "harus berapa orang?")]
    [InlineData("leres mboten nggih?", "benar tidak ya?")]
    [InlineData("sabaraha urang? kedah saha?", "berapa urang? harus siapa?")]
    [InlineData("bbrp org blg sj", "beberapa orang bilang saja")]
    [InlineData("dipilih oleh siapa?", "dipilih oleh siapa?")]
    public void Regional_and_chat_function_words_read_as_Indonesian(string typed, string read)
    {
        Assert.Equal(read, ChatNormalizer.Normalize(typed));
    }

    [Fact]
    public void An_identity_card_is_the_kartu_tanda_penduduk()
    {
        var result = Search.Search("warga yg KTP nya beda desa boleh jadi anggota kopdes?");
        Assert.Equal("Juklak Menkop 1/2025 BAB I angka 5 huruf b", result.Passages[0].Citation);
    }

    [Theory]
    [InlineData("pemberitahuan rapat anggota kopdes hrs dikirim brp hari sebelumnya?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 11", "14 (empat belas) hari")]
    [InlineData("RAT kopdes dianggap sah kalau anggota yg hadir brp?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 12", "1/2")]
    public void The_model_AD_answers_its_own_short_deadlines_and_quorum(string question, string citation, string fact)
    {
        var result = Search.Search(question);
        Assert.Equal(citation, result.Passages[0].Citation);
        Assert.Contains(fact, Flat(Formatter.Format(question, result).Split("\n\nLihat juga:")[0]));
    }

    [Theory]
    [InlineData("undangan paling lambat brp hari?", true)]
    [InlineData("laporan diserahkan brp minggu sebelum rapat?", true)]
    [InlineData("RAT paling lambat brp bulan setelah tutup buku?", false)]
    [InlineData("kapan RAT diadakan?", false)]
    public void A_count_of_days_is_told_from_the_laws_months(string question, bool days)
    {
        Assert.Equal(days, QuestionIntent.CountsDays(question));
    }

    [Theory]
    [InlineData("rapatnya sah kalo yg datang brp?")]
    [InlineData("brp anggota yg hadir biar rapat sah?")]
    public void A_quorum_question_asks_for_a_share(string question)
    {
        Assert.Equal(NumberKind.Share, QuestionIntent.AsksForNumber(question));
    }

    [Fact]
    public void A_difference_is_explained_with_both_definitions()
    {
        var reply = Flat(Answer("beda simpanan pokok sama simpanan wajib apa?"));
        Assert.Contains("Simpanan pokok adalah", reply);
        Assert.Contains("Simpanan wajib adalah", reply);
    }

    [Theory]
    [InlineData("apa bedanya RAT dan RALB?", true)]
    [InlineData("perbedaan pengurus vs pengawas", true)]
    [InlineData("apa itu simpanan wajib?", false)]
    public void A_difference_question_is_told_from_a_definition(string question, bool difference)
    {
        Assert.Equal(difference, QuestionIntent.AsksForDifference(question));
    }

    [Fact]
    public void A_long_second_unit_is_left_out_rather_than_cutting_off_the_best_one()
    {
        // An intro sentence, a long list item that mentions the meeting, and the short item with the deadline asked.
        var text = "Kegiatan tahap pertama sebagai berikut:\n"
            + "a. Pengurus menyelenggarakan rapat anggota untuk menetapkan " + string.Join(" ", Enumerable.Repeat("rencana penggabungan koperasi", 50)) + ".\n"
            + "b. Anggota yang tidak setuju menyampaikan keberatan dalam rapat anggota paling lambat 30 (tiga puluh) hari.";
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse("keberatan anggota disampaikan di rapat anggota paling lambat brp hari?");
        var quote = KKMP.Bot.Knowledge.Answers.QuotedUnits.Select(text, concepts, analyzer, frame: QuestionIntent.FrameOf("paling lambat brp hari?"), maxLength: 1000);
        Assert.Contains("30 (tiga puluh) hari", quote.Text);
        Assert.True(quote.Text.Length <= 1000, $"{quote.Text.Length} characters");
    }
}
