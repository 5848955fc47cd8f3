using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 5 classes: chat words for the regulations' wording (dicampur/terpisah, digadein/menggadaikan, kakak adik/hubungan
/// keluarga, nombok/kerugian, nyebarin/merahasiakan), "who decides" questions answered by the passage naming the deciding
/// organ, a condition before the question read as part of it, and recipes declined. Questions are paraphrases written for
/// these tests, not taken from an evaluation set.
/// </summary>
public class ChatWordsAndDecidersTests
{
    [Theory]
    [InlineData("pengelola USP kami bersaudara, dilarang gk?", "PP 9/1995 Pasal 11")]
    [InlineData("harta USP boleh digadein ke bank gk?", "PP 9/1995 Pasal 14")]
    [InlineData("kas unit simpan pinjam boleh dicampur dengan kas gerai?", "PP 9/1995 Pasal 12")]
    [InlineData("pengawas nyebarin hasil pemeriksaannya ke warga, boleh?", "UU 25/1992 Pasal 39")]
    [InlineData("kalau kopdes nombok, ditutup pakai apa menurut AD?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 22")]
    [InlineData("pengawas itu tanggung jawab ke siapa?", "UU 25/1992 Pasal 38")]
    public void A_chat_word_finds_the_passage_in_legal_words(string question, string citation)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.Equal(citation, result.Passages[0].Citation);
    }

    [Theory]
    [InlineData("siapa yg menentukan besar jasa simpanan?", null)]
    [InlineData("yg boleh memecat bendahara siapa?", "pengurus")]
    [InlineData("mau ngangkat manajer, perlu persetujuan rapat anggota gk?", "manajer")]
    public void A_who_decides_question_is_read_with_the_organ_acted_on(string question, string? actedOn)
    {
        Assert.Equal((true, actedOn), Deciders.AskedIn(question));
    }

    [Theory]
    [InlineData("rapat anggota kapan?")]
    [InlineData("siapa aja pengurus kopdes?")]
    public void A_question_without_a_decision_word_does_not_ask_who_decides(string question)
    {
        Assert.False(Deciders.AskedIn(question).Asked);
    }

    [Theory]
    [InlineData("PP 9/1995 Pasal 23", "rapat anggota")]   // "Imbalan … ditentukan oleh Rapat Anggota."
    [InlineData("UU 25/1992 Pasal 23", "rapat anggota")]  // "Rapat Anggota menetapkan:"
    [InlineData("UU 25/1992 Pasal 46", "pemerintah")]     // "keputusan Rapat Anggota, atau b. keputusan Pemerintah"
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 17", "rapat anggota")]   // "persetujuan terlebih dahulu dari Rapat Anggota"
    public void A_passage_names_the_organ_that_decides(string citation, string organ)
    {
        Assert.Contains(organ, Deciders.NamedIn(Chunk(citation).Text));
    }

    [Fact]
    public void A_passage_about_the_topic_names_no_decider()
    {
        Assert.Empty(Deciders.NamedIn(Chunk("PP 9/1995 Pasal 14").Text));
    }

    [Theory]
    [InlineData("imbalan simpan pinjam itu yang menentukan siapa?", "PP 9/1995 Pasal 23")]
    [InlineData("pinjaman untuk pengurus dan pengawas batasnya ditentukan siapa?", "PP 9/1995 Pasal 21")]
    public void A_who_decides_question_prefers_the_passage_naming_the_decider(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void The_organ_acted_on_is_not_taken_for_the_decider()
    {
        // The pengurus dismisses members (Lampiran 7 Pasal 6), but the question asks who dismisses the pengurus.
        Assert.False(Deciders.Answers(new HashSet<string> { "pengurus" }, "pengurus"));
        Assert.True(Deciders.Answers(new HashSet<string> { "rapat anggota" }, "pengurus"));
    }

    [Fact]
    public void A_condition_before_the_question_is_part_of_it()
    {
        var concepts = Search.ConceptsOf("kalo kopdes mau gabung sama koperasi lain, rapatnya harus dihadiri berapa anggota?");
        Assert.False(concepts.First(c => c.Surface.Contains("gabung")).Aside);
    }

    [Fact]
    public void A_story_clause_is_still_an_aside()
    {
        var concepts = Search.ConceptsOf("kemarin kopdes mau gabung sama koperasi lain, rapatnya harus dihadiri berapa anggota?");
        Assert.True(concepts.First(c => c.Surface.Contains("gabung")).Aside);
    }

    [Theory]
    [InlineData("resep gorengan buat dijual di gerai kopdes gmn?")]
    [InlineData("bumbu nasi goreng yg enak buat jualan di koperasi apa ya")]
    public void Recipes_are_declined(string question)
    {
        var result = Search.Search(question);
        Assert.True(result.OutOfScope);
        Assert.False(result.Answers);
    }

    [Theory]
    [InlineData("sbnrnya msh boleh gk", "sebenarnya masih boleh tidak")]
    [InlineData("abis meriksa, ttd dulu", "setelah memeriksa, tanda tangan dulu")]
    public void Chat_spelling_is_normalised(string chat, string standard)
    {
        Assert.Equal(standard, ChatNormalizer.Normalize(chat));
    }

    [Fact]
    public void Every_passage_of_a_document_with_a_topic_is_indexed_with_it()
    {
        // PP 9/1995 is about USP and KSP; its Pasal 21 (loan limits for the board) says neither.
        var chunks = Search.Index.Knowledge.Chunks;
        var ordinal = chunks.ToList().FindIndex(c => c.Citation == "PP 9/1995 Pasal 21");
        Assert.DoesNotContain("unit", IndonesianAnalysis.Terms(Search.Index.Analyzer, chunks[ordinal].Text));
        Assert.Contains("unit", Search.Index.TermSets[ordinal]);
        Assert.Contains("usp", Search.Index.TermSets[ordinal]);
    }

    [Theory]
    [InlineData("batas pinjaman pengurus di USP itu sama kayak anggota biasa?", "PP 9/1995 Pasal 21")]
    [InlineData("calon anggota yg minjem di unit simpan pinjam harus jadi anggota kapan?", "PP 9/1995 Pasal 18")]
    public void A_question_naming_the_topic_finds_an_article_that_does_not_name_it(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Theory]
    [InlineData("pengurus kopdes boleh menjabat brp periode?", Organ.Pengurus)]
    [InlineData("sy ketua pengawas, masa jabatan sy brp lama?", Organ.Pengawas)]
    [InlineData("bendahara boleh merangkap kasir?", Organ.Pengurus)]
    [InlineData("manajer toko diangkat siapa?", Organ.Pengelola)]
    public void The_one_officer_a_question_is_about_is_read(string question, Organ organ)
    {
        Assert.Equal(organ, OrganDuties.OfficerAskedAbout(question));
    }

    [Theory]
    [InlineData("pengurus dan pengawas boleh rangkap jabatan?")]
    [InlineData("rapat anggota kapan?")]
    public void A_question_naming_no_officer_or_two_has_none(string question)
    {
        Assert.Null(OrganDuties.OfficerAskedAbout(question));
    }

    [Theory]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 16", Organ.Pengurus)]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7 Pasal 18", Organ.Pengawas)]
    [InlineData("UU 25/1992 Pasal 39", Organ.Pengawas)]
    public void A_passage_is_about_the_officer_its_opening_line_names(string citation, Organ organ)
    {
        Assert.Equal(organ, OrganDuties.OfficerOf(Chunk(citation).Text));
    }

    [Theory]
    [InlineData("pengurus kopdes yg udh 2 periode boleh dipilih lagi?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 16")]
    [InlineData("di AD kopdes, rapat anggota tahunan paling lambat kapan?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 13")]
    public void The_model_AD_answers_a_kopdes_question_it_states_the_rule_for(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Theory]
    [InlineData("anggota yang mewakili paling sedikit -\n1/5 (satu per lima)", NumberKind.People)]
    [InlineData("wajib diadakan paling-\nlambat setelah tahun buku lampau", NumberKind.Duration)]
    [InlineData("disusun selambat–lambatnya setelah koperasi berdiri", NumberKind.Duration)]
    public void A_number_broken_over_padded_lines_is_still_stated(string text, NumberKind kind)
    {
        Assert.True(QuestionIntent.States(kind, text));
    }

    [Fact]
    public void Anggota_luar_biasa_is_one_idea()
    {
        var concepts = Search.ConceptsOf("hak anggota luar biasa apa aja?");
        Assert.Contains(concepts, c => c.Surface == "anggota luar biasa");
        Assert.DoesNotContain(concepts, c => c.Surface == "luar");
    }

    [Fact]
    public void Boleh_dikasih_tau_points_back_at_the_story()
    {
        // "boleh dikasih tau gk?" asks whether what the story describes may be told: nothing in it is an aside.
        Assert.All(Search.ConceptsOf("ada yg nanya saldo tabungan tetangganya di USP, boleh dikasih tau gk?"), c => Assert.False(c.Aside, c.Surface));
    }

    [Theory]
    [InlineData("anggota luar biasa boleh bicara di rapat anggota?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 8")]
    [InlineData("keluarga penyimpan nanya saldo tabungannya di USP, boleh dikasih tau?", "PP 9/1995 Pasal 15")]
    public void The_passage_for_the_whole_idea_wins(string question, string citation)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.Equal(citation, result.Passages[0].Citation);
    }

    [Theory]
    [InlineData("rapat anggota minimal brp kali setahun?", NumberKind.Times)]
    [InlineData("ketua boleh menjabat brp periode?", NumberKind.Times)]
    [InlineData("pendiri koperasi minimal brp orang?", NumberKind.People)]
    public void How_many_times_is_its_own_kind_of_number(string question, NumberKind kind)
    {
        Assert.Equal(kind, QuestionIntent.AsksForNumber(question));
    }

    [Theory]
    [InlineData("dipilih kembali sebanyak-banyaknya 2 (dua) periode masa bakti")]
    [InlineData("Rapat Anggota dilakukan paling sedikit sekali dalam 1 (satu) tahun.")]
    public void A_passage_states_how_many_times(string text)
    {
        Assert.True(QuestionIntent.States(NumberKind.Times, text));
    }

    [Theory]
    [InlineData("rapat anggota itu minimal brp kali dlm setahun?", "UU 25/1992 Pasal 26")]
    [InlineData("pengurus kopdes diam aja, gk ngadain rapat anggota. anggota bisa ngadain sendiri? minimal brp orang?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 11")]
    [InlineData("pengurus kopdes boleh dipilih lagi brp kali? ketua kami udah lama menjabat", "Juklak Menkop 1/2025 Lampiran 7 Pasal 16")]
    public void The_passage_stating_the_count_asked_wins(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void A_heading_closing_a_passage_titles_the_next_article_not_this_one()
    {
        // "Kewenangan Pengurus" ends Lampiran 7 Pasal 16 in the deed's layout; it heads Pasal 17.
        Assert.DoesNotContain((Organ.Pengurus, Act.Wewenang), OrganDuties.StatedIn("(1) Jumlah Pengurus paling sedikit 5 (lima) orang.\nKewenangan Pengurus"));
        Assert.Contains((Organ.Pengurus, Act.Wewenang), OrganDuties.StatedIn("Kewenangan Pengurus\n(1) Pengurus mewakili Koperasi."));
    }

    [Theory]
    [InlineData("kewajiban pengurus itu apa aja? bendahara kami gk pernah bikin laporan", "UU 25/1992 Pasal 30")]
    public void An_act_asked_in_everyday_words_finds_the_article_listing_it_in_the_laws_words(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void A_passage_naming_the_decider_answers_who_holds_the_power_with_confidence()
    {
        // UU 25/1992 Pasal 12 never says "berhak"; "dilakukan oleh Rapat Anggota" is the answer to "yg berhak … siapa?".
        var result = Search.Search("pengurus mau ganti isi anggaran dasar sendiri. yg berhak ngubah AD siapa sih?");
        Assert.Equal("UU 25/1992 Pasal 12", result.Passages[0].Citation);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
    }

    [Theory]
    [InlineData("menurut AD kita, pengurus boleh pinjam ke bank atas nama koperasi?")]
    [InlineData("di kopdes kami rapat anggota sah kalau dihadiri berapa?")]
    public void The_cooperatives_own_AD_is_the_model_AD(string question)
    {
        Assert.True(QuestionIntent.AsksAboutModelStatutes(question));
    }

    [Fact]
    public void The_anggota_luar_biasa_is_an_organ_of_its_own()
    {
        Assert.Equal((Organ.AnggotaLuarBiasa, Act.Hak), OrganDuties.AskedIn("hak anggota luar biasa apa aja?"));
        var stated = OrganDuties.StatedIn("(1) Setiap anggota luar biasa mempunyai hak:\na. memperoleh pelayanan Koperasi;");
        Assert.Contains((Organ.AnggotaLuarBiasa, Act.Hak), stated);
        Assert.DoesNotContain((Organ.Anggota, Act.Hak), stated);
    }

    [Fact]
    public void Melanggar_gk_points_back_at_the_story()
    {
        // "… , melanggar gk?" asks whether what was told breaks a rule: the told part is the question.
        Assert.All(Search.ConceptsOf("toko koperasi kami jualan ke orang yg bukan anggota, melanggar gk?"), c => Assert.False(c.Aside, c.Surface));
        Assert.Equal("UU 25/1992 Pasal 43", Search.Search("toko koperasi kami jualan ke orang yg bukan anggota, melanggar gk?").Passages[0].Citation);
    }
}
