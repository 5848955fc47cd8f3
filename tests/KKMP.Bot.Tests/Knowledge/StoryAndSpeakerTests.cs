using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 10's ranking classes: who said a claim is not what it is about; an officer's plan right before a yes/no question is part
/// of it; "di AD" of one's own kopdes names the model AD; a question whose asked part names no legal idea asks about the story's
/// topic; "brp lama" asks for a time limit in either legal wording; a question naming a passage's own part (an Inpres addressee,
/// a module section) prefers that passage; a document with a narrow declared topic (PP 9/1995: simpan pinjam) ranks lower for a
/// question that names none of it. Each row is written for the rule, not taken from an evaluation set.
/// </summary>
public class StoryAndSpeakerTests
{
    [Theory]
    [InlineData("kata pak carik minimal harus 20 orang ya", "kata pak carik")]
    [InlineData("kata orang dinas harus sebelum maret", "kata orang dinas")]
    [InlineData("ketua bilang cukup rapat pengurus", "ketua bilang")]
    [InlineData("ada yang bilang shu itu omzet", "bilang")]
    [InlineData("katanya pengurus beda aturannya", "")]
    [InlineData("kata 20 orang", "kata")]
    public void The_speaker_of_a_claim_is_found(string text, string speaker)
    {
        var words = text.Split(' ');
        Assert.Equal(speaker, string.Join(' ', QuestionFrame.Speakers(words).Order().Select(i => words[i])));
    }

    [Fact]
    public void A_speaker_is_not_searched()
    {
        var concepts = Search.ConceptsOf("pendiri kopdes kami cuma 8 org, kata pak kades minimal hrs 20 org ya?");
        Assert.DoesNotContain(concepts, c => c.Alternatives.Any(a => a.Contains("kades") || a.Contains("kata")));
    }

    [Theory]
    [InlineData("pengurus mau angkat manajer gerai dr luar. cukup keputusan rapat pengurus kan?", "angkat", false)]
    [InlineData("sekretaris kami mau ngangkat manajer toko. cukup diputusin rapat pengurus aja kan?", "angkat", false)]
    [InlineData("kami berencana jual tanah koperasi, perlu persetujuan siapa?", "jual", false)]
    // A refusal, a thing planned for, a third party in a story, the cooperative's business: still the story.
    [InlineData("pengawas minta buku kas, ketua ga mau ngasih. pengawas berhak gk?", "beri", true)]
    [InlineData("manajer USP kami mau diambil dr org luar, syaratnya apa aja?", "ambil", true)]
    [InlineData("ada warga mau jual keanggotaannya, keanggotaan bisa dioper gk?", "jual", true)]
    [InlineData("kopdes kita mau buka gerai simpan pinjam, usaha simpan pinjam bisa dijalanin siapa aja?", "buka", true)]
    public void An_officers_plan_right_before_the_question_is_part_of_it(string question, string planned, bool aside)
    {
        var concept = Search.ConceptsOf(question).First(c => c.Alternatives[0].SequenceEqual([planned]));
        Assert.Equal(aside, concept.Aside);
    }

    [Theory]
    [InlineData("ketua kami udah 2 periode, mau nyalon lagi. di AD boleh brp periode?", true)]
    [InlineData("SHU kopdes dibagi ke pos apa aja sesuai AD?", true)]
    [InlineData("menurut anggaran dasar kita, rapat sah kalau dihadiri berapa?", true)]
    // The law named as what is asked, or no cooperative of one's own: the law answers.
    [InlineData("ketua kita pengen jabatan 7 taun, katanya bisa asal ditulis di AD. emg UU ngatur batasnya brp taun?", false)]
    [InlineData("apa saja yang harus dimuat di AD koperasi?", false)]
    public void The_AD_named_as_the_place_to_look_is_the_kopdes_model_AD(string question, bool model)
    {
        Assert.Equal(model, QuestionIntent.AsksAboutModelStatutes(question));
    }

    [Fact]
    public void A_question_naming_no_legal_idea_of_its_own_is_ranked_on_the_storys_topic()
    {
        var concepts = Search.ConceptsOf("pendiri kopdes kami cuma 8 org, minimal hrs 20 org ya?");
        Assert.Contains(concepts, c => c.Aside);
        Assert.All(Search.TopicFromTheStory(concepts), c => Assert.False(c.Aside, c.Surface));
    }

    [Theory]
    [InlineData("simpanan pokok kami tetapkan 5 ribu saja, boleh?", false)]
    [InlineData("pengelola cukup satu orang untuk tiga gerai?", false)]
    [InlineData("bunga pinjaman di USP siapa yang menetapkan?", true)]
    public void The_savings_and_loan_regulation_answers_questions_that_name_its_topic(string question, bool fromIt)
    {
        Assert.Equal(fromIt, Search.Search(question).Passages[0].DocumentId == "pp-9-1995");
    }

    [Theory]
    [InlineData("suaranya boleh dititip ke anak sy?")]
    [InlineData("suaranya bisa diwakilkan ke istri?")]
    public void A_modal_word_inside_a_phrase_does_not_split_it(string question)
    {
        Assert.Contains(Search.ConceptsOf(question), c => c.Alternatives.Any(a => a.SequenceEqual(["wakilkan"])));
        Assert.DoesNotContain(Search.ConceptsOf(question), c => c.Alternatives.Count == 1 && c.Alternatives[0].SequenceEqual(["suara"]));
    }

    [Theory]
    [InlineData("koperasi kami 4 thn ga RAT, termasuk koperasi tidak aktif gak?", true)]
    [InlineData("koperasi aktif itu yg seperti apa?", true)]
    [InlineData("sepupu tergolong keluarga sedarah?", true)]
    [InlineData("rapat anggota sah kalau yg hadir brp?", false)]
    public void Whether_something_falls_under_a_term_asks_for_its_definition(string question, bool definition)
    {
        Assert.Equal(definition, QuestionIntent.AsksForDefinition(question));
    }

    [Fact]
    public void A_story_naming_only_the_shop_gives_no_topic()
    {
        var concepts = Search.ConceptsOf("mas, printer struk gerai macet terus, enaknya beli merk apa?");
        Assert.Contains(Search.TopicFromTheStory(concepts), c => c.Aside);
        Assert.False(Search.Search("mas, printer struk gerai macet terus, enaknya beli merk apa?").IsConfident);
        Assert.False(Search.Search("cara ganti oli motor").IsConfident);
    }

    [Fact]
    public void A_question_naming_a_legal_idea_keeps_its_story_aside()
    {
        var concepts = Search.ConceptsOf("apa itu keluarga semenda? bingung baca syarat pengurus");
        Assert.Contains(Search.TopicFromTheStory(concepts), c => c.Aside);
    }

    [Theory]
    [InlineData("laporan tahunan hrs jadi brp lama sblm RAT?", "lambat")]
    [InlineData("pengesahan akta brp lama?", "lama")]
    public void How_long_asks_for_a_time_limit_in_either_wording(string question, string term)
    {
        Assert.Contains(Search.ConceptsOf(question), c => c.Alternatives.Any(a => a.SequenceEqual([term])) && c.Alternatives.Count > 1);
    }

    [Fact]
    public void How_long_at_the_latest_is_one_idea()
    {
        var concepts = Search.ConceptsOf("calon anggota brp lama paling lambat hrs jd anggota?");
        Assert.Single(concepts, c => c.Alternatives.Any(a => a.Contains("lambat")));
    }

    [Theory]
    [InlineData("pengesahannya", "sah")]
    [InlineData("pemilihannya", "pilih")]
    [InlineData("pengelolaannya", "kelola")]
    public void A_possessive_does_not_hide_a_word_from_its_stem_override(string word, string stem)
    {
        Assert.Equal([stem], IndonesianAnalysis.Terms(Search.Index.Analyzer, word));
    }

    [Theory]
    [InlineData("selesai", "menyelesaikan")]
    [InlineData("lalai", "kelalaian")]
    [InlineData("dipakai", "memakai")]
    [InlineData("pakai", "pemakaian")]
    [InlineData("dinilai", "penilaian")]
    public void A_root_ending_in_ai_meets_its_derived_forms(string word, string derived)
    {
        var analyzer = Search.Index.Analyzer;
        Assert.Equal(IndonesianAnalysis.Terms(analyzer, derived), IndonesianAnalysis.Terms(analyzer, word));
    }

    [Theory]
    [InlineData("mau bubarin kopdes lewat rapat, yg hadir hrs brp?", NumberKind.Share)]
    [InlineData("syarat kehadiran dan suaranya brp?", NumberKind.Share)]
    [InlineData("yg setuju minimal brp?", NumberKind.Share)]
    [InlineData("RAT paling telat kapan?", NumberKind.Duration)]
    public void How_many_must_attend_or_agree_asks_for_a_share(string question, NumberKind kind)
    {
        Assert.Equal(kind, QuestionIntent.AsksForNumber(question));
    }

    [Theory]
    [InlineData("sekretaris kami mau ngangkat manajer toko dari luar desa. cukup diputusin rapat pengurus aja kan?", "UU 25/1992 Pasal 32")]
    [InlineData("ketua kami sudah menjabat dua periode. di AD boleh dipilih lagi berapa periode?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 16")]
    [InlineData("laporan tahunan pengurus paling telat brp lama sblm RAT hrs siap?", "UU 25/1992 Pasal 35")]
    [InlineData("calon anggota USP yg lunas simpanan pokok, brp lama paling lambat jd anggota?", "PP 9/1995 Pasal 18")]
    // The passage addressed to the one named (each Inpres recipient's passage also names the other levels of government).
    [InlineData("di inpres kopdes, bupati disuruh ngapain aja?", "Inpres 9/2025 Diktum KETUJUH Para Bupati/Wali Kota")]
    [InlineData("tugas gubernur di inpres kopdes apa?", "Inpres 9/2025 Diktum KETUJUH Para Gubernur")]
    [InlineData("pemkab wajib nyiapin anggaran akta notaris kopdes ga?", "Inpres 9/2025 Diktum KETUJUH Para Bupati/Wali Kota")]
    [InlineData("simpanan sukarela bisa diambil kapan saja?", "Modul pelatihan Kemenkeu (MP2 — Sumber Pendanaan: Modal Pinjaman)")]
    public void Each_class_ranks_the_answering_passage_first(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }
}
