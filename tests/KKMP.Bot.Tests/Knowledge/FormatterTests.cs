using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class FormatterTests
{
    [Fact]
    public void The_quote_is_trimmed_to_the_relevant_ayat()
    {
        var answer = Answer("RAT boleh online?");
        Assert.StartsWith("UU 25/1992 Pasal 22 ayat (3)", answer);
        Assert.Contains("dapat dilakukan secara daring dan/atau luring", answer);
        Assert.DoesNotContain("pemegang kekuasaan tertinggi", answer);
        Assert.Contains("Sumber: UU 25/1992", answer);
    }

    [Fact]
    public void The_quoted_ayat_is_the_one_answering_the_asked_frame_not_the_story()
    {
        // "brp lama" asks for a time limit: ayat (3) states the objection period, ayat (2) shares more story words.
        var objection = Answer("kami dapet surat rencana pembubaran dr pemerintah, masih bisa keberatan gk? brp lama waktunya");
        Assert.Matches(@"^UU 25/1992 Pasal 47 ayat [^:]*\(3\):", objection);
        Assert.Contains("2 (dua) bulan", objection);
        Assert.DoesNotContain("diterima atau ditolaknya keberatan", objection);

        // Someone not signing is the case ayat (2) rules on.
        var unsigned = Answer("laporan tahunan udah jadi tp bendahara gk mau tanda tangan, terus gmn?");
        Assert.Contains("alasannya secara tertulis", unsigned);
    }

    [Fact]
    public void A_who_decides_question_quotes_the_ayat_naming_the_decider()
    {
        // Ayat (1) and (4) share the story's words; ayat (2) says who appoints the Penyelesai.
        var appointed = Answer("koperasi kami dibubarkan rapat anggota, penyelesainya siapa yg nunjuk?");
        Assert.Contains("Penyelesai ditunjuk oleh Rapat Anggota", appointed);

        // "tidak diperlukan persetujuan Menteri" names nobody who decides; ayat (1) does.
        var branch = Answer("USP mau buka kantor cabang, perlu izin menteri gk?");
        Assert.Contains("Pembukaan Kantor Cabang harus memperoleh persetujuan dari Menteri", branch);
    }

    [Fact]
    public void A_long_guideline_section_is_trimmed_to_the_relevant_huruf_under_its_opening_sentence()
    {
        var answer = Answer("jumlah pengurus KDMP minimal berapa orang");
        Assert.StartsWith("Juklak Menkop 1/2025 BAB III angka 1 huruf b:", answer);
        Assert.Contains("paling sedikit 5 (lima) orang", answer);
        Assert.DoesNotContain("tidak berasal dari unsur Pimpinan Desa", answer);

        var kbli = Answer("KBLI untuk gerai sembako berapa");
        Assert.Contains("4711 - Perdagangan Eceran", kbli);
        Assert.DoesNotContain("Aktivitas Cold Storage", kbli);
    }

    [Fact]
    public void A_penjelasan_that_answers_the_question_is_quoted()
    {
        var answer = Answer("buku daftar anggota boleh dalam bentuk elektronik?");
        Assert.Contains("UU 25/1992 Pasal 17", answer);
        Assert.Contains("Penjelasan: \"Ayat (2): Buku daftar anggota Koperasi dapat berbentuk dokumen tertulis atau dokumen elektronik.\"", answer);
    }

    [Theory]
    [InlineData("harga emas hari ini berapa?")]
    [InlineData("resep rendang padang")]
    [InlineData("cara bikin SIM A gimana")]
    public void Out_of_scope_questions_get_an_honest_not_found_without_any_citation(string question)
    {
        var result = Search.Search(question);
        Assert.False(result.IsConfident);
        var answer = Formatter.Format(question, result);
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, answer);
        Assert.DoesNotContain("Pasal", answer);
        Assert.Contains("Koperasi primer minimal berapa orang?", answer);   // what it can answer
    }

    [Fact]
    public void The_inpres_transcription_is_quoted_as_a_transcription_with_the_official_link()
    {
        var answer = Answer("pendanaan koperasi merah putih dari mana menurut inpres");
        Assert.StartsWith("Inpres 9/2025 Diktum KEDELAPAN", answer);
        Assert.Contains("transkripsi", answer);
        Assert.Contains("https://peraturan.bpk.go.id/Details/316750/inpres-no-9-tahun-2025", answer);
    }

    [Fact]
    public void Diktum_ketujuh_of_the_inpres_is_answered_as_a_summary()
    {
        var answer = Answer("tugas menteri keuangan dalam inpres koperasi merah putih");
        Assert.StartsWith("Menurut ringkasan Inpres 9/2025 Diktum KETUJUH Menteri Keuangan", answer);
        Assert.Contains("https://peraturan.bpk.go.id/Details/316750/inpres-no-9-tahun-2025", answer);
        Assert.DoesNotContain("\"", answer.Split("\n\n")[0]);   // nothing presented as a quotation
    }

    [Fact]
    public void Every_answer_fits_one_telegram_message_as_plain_text()
    {
        foreach (var question in Questions.Questions.Select(q => q.Q).Concat(Questions.OutOfScope))
        {
            var answer = Answer(question);
            Assert.InRange(answer.Length, 50, RegulationAnswerFormatter.MaxLength);
            Assert.DoesNotContain("**", answer);
            Assert.DoesNotContain("<", answer);
            Assert.DoesNotContain("](", answer);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ?!  ")]
    [InlineData("yang dan di ke dari")]
    public void Empty_or_stop_word_only_messages_get_the_not_found_reply(string question)
    {
        var result = Search.Search(question);
        Assert.False(result.IsConfident);
        Assert.Empty(result.Passages);
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, Formatter.Format(question, result));
    }

    [Fact]
    public void A_pasted_wall_of_text_is_searched_without_failing()
    {
        var wall = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"kata{i} koperasi rapat anggota"));
        var answer = Answer(wall);
        Assert.InRange(answer.Length, 50, RegulationAnswerFormatter.MaxLength);
    }

    [Fact]
    public void A_very_long_passage_is_cut_at_a_word_and_stays_under_the_limit()
    {
        var passage = new Passage("SOP Pasal 1", "sop", string.Join(' ', Enumerable.Repeat("ketentuan panjang", 2000)), 10, null, "SOP koperasi", false);
        var answer = Formatter.Format("ketentuan", new SearchResult([passage], 1, true));
        Assert.True(answer.Length <= RegulationAnswerFormatter.MaxLength);
        Assert.Contains(" …", answer);
    }

    [Fact]
    public void A_confident_result_for_a_custom_document_is_quoted_with_its_citation()
    {
        var passage = new Passage("ART Koperasi Mawar Pasal 3", "art-mawar", "(1) Simpanan wajib Rp10.000 per bulan.\n(2) Simpanan pokok Rp50.000.", 5, null, "ART Koperasi Mawar", false);
        var answer = Formatter.Format("berapa simpanan wajib?", new SearchResult([passage], 0.9, true));
        Assert.StartsWith("ART Koperasi Mawar Pasal 3 ayat (1):\n\"(1) Simpanan wajib Rp10.000 per bulan.\"", answer);
        Assert.DoesNotContain("Rp50.000", answer);
    }

    [Fact]
    public void An_ayat_that_answers_another_part_of_the_question_is_quoted_too()
    {
        var passage = new Passage("ART Koperasi Mawar Pasal 9", "art-mawar",
            "(1) Keputusan rapat diambil dengan musyawarah untuk mencapai mufakat.\n(2) Bila musyawarah gagal, dipakai suara terbanyak.\n(3) Hak suara tiap anggota sama.",
            5, null, "ART Koperasi Mawar", false);
        var answer = Formatter.Format("rapat gak mufakat gmn, voting?", new SearchResult([passage], 0.9, true));
        Assert.StartsWith("ART Koperasi Mawar Pasal 9 ayat (1) dan (2):", answer);
        Assert.Contains("suara terbanyak", answer);
        Assert.DoesNotContain("Hak suara tiap anggota sama", answer);
    }

    [Fact]
    public void A_list_question_gets_a_short_passage_whole()
    {
        var passage = new Passage("ART Koperasi Mawar Pasal 4", "art-mawar",
            "(1) Modal terdiri dari modal sendiri dan modal pinjaman.\n(2) Modal sendiri berasal dari:\na. simpanan pokok;\nb. simpanan wajib.\n(3) Modal pinjaman berasal dari bank.",
            5, null, "ART Koperasi Mawar", false);
        var answer = Formatter.Format("modal koperasi dari mana aja?", new SearchResult([passage], 0.9, true));
        Assert.StartsWith("ART Koperasi Mawar Pasal 4:", answer);
        Assert.Contains("simpanan wajib", answer);
        Assert.Contains("bank", answer);
    }

    [Fact]
    public void A_middling_match_is_shown_hedged_with_its_citation_and_a_declined_one_is_not_found()
    {
        var passage = new Passage("ART Koperasi Mawar Pasal 3", "art-mawar", "(1) Simpanan wajib Rp10.000 per bulan.", 5, null, "ART Koperasi Mawar", false);
        var hedged = Formatter.Format("iuran bulanan brp?", new SearchResult([passage], 0.3, false) { IsTentative = true });
        Assert.StartsWith(RegulationAnswerFormatter.TentativeOpening, hedged);
        Assert.Contains("ART Koperasi Mawar Pasal 3", hedged);
        Assert.Contains("Rp10.000", hedged);

        var declined = Formatter.Format("iuran bulanan brp?", new SearchResult([passage], 0.1, false));
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, declined);
    }

    [Fact]
    public void The_search_hedges_only_between_the_hedge_floor_and_the_gate_and_never_out_of_scope()
    {
        foreach (var question in Questions.OutOfScope.Concat(QuestionSet("dev-everyday-questions.json").OutOfScope))
            Assert.False(Search.Search(question).IsTentative, question);
        foreach (var question in Questions.Questions.Select(q => q.Q))
        {
            var result = Search.Search(question);
            Assert.Equal(!result.IsConfident && !result.OutOfScope && result.Confidence >= RegulationSearch.HedgeMinConfidence, result.IsTentative);
        }
    }
}
