using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>How a chat question is read: its asked part, the organ and act it asks about, and whether goods make it a price question.</summary>
public class QuestionReadingTests
{
    [Theory]
    [InlineData("pak, kemarin ada anggota yg protes soal rapat. syarat sah rapat anggota apa?", "protes", "syarat")]
    [InlineData("sy baru dilantik jadi pengawas, tugas sy apa aja ya?", "baru", "tugas")]
    [InlineData("minggu lalu ada sosialisasi, katanya koperasi harus punya pengawas. pengawas itu dipilih siapa sih?", "punya", "dipilih")]
    public void The_story_is_an_aside_and_the_asked_clause_is_not(string question, string storyWord, string askedWord)
    {
        var concepts = Search.ConceptsOf(question);
        Assert.True(concepts.Single(c => c.Surface == storyWord).Aside, storyWord);
        Assert.False(concepts.Single(c => c.Surface == askedWord).Aside, askedWord);
    }

    [Theory]
    [InlineData("syarat jadi pengurus koperasi")]
    [InlineData("kasir USP ngebocorin saldo tabungan tetangga, itu kan gk boleh ya? aturannya?")]   // the question only points back
    public void A_question_without_an_asked_clause_of_its_own_is_all_asked(string question)
    {
        Assert.All(Search.ConceptsOf(question), c => Assert.False(c.Aside, c.Surface));
    }

    [Theory]
    [InlineData("tugas pengawas apa aja?", Organ.Pengawas, Act.Tugas)]
    [InlineData("sy baru dilantik jadi pengawas, tugas sy apa aja ya?", Organ.Pengawas, Act.Tugas)]
    [InlineData("pengawas kami pengen liat buku kas, ketua pengurus ga mau ngasih. pengawas emang berhak gk?", Organ.Pengawas, Act.Wewenang)]
    [InlineData("rapat anggota itu wewenangnya apa aja?", Organ.RapatAnggota, Act.Wewenang)]
    [InlineData("anggota itu kewajibannya apa aja sih?", Organ.Anggota, Act.Kewajiban)]
    [InlineData("kewajiban pengurus apa aja?", Organ.Pengurus, Act.Tugas)]
    [InlineData("sy ketua pengawas, wewenang kami apa aja sih?", Organ.Pengawas, Act.Wewenang)]
    public void The_asked_organ_and_act_are_read(string question, Organ organ, Act act)
    {
        Assert.Equal((organ, act), OrganDuties.AskedIn(question));
    }

    [Theory]
    [InlineData("ketua kami mau dicopot, siapa yg berwenang?")]   // the pengurus is the object, not the holder of the power
    [InlineData("pengurus kita kerjanya gak beres, anggota pada kesel. yg berhak nyopot pengurus siapa ya?")]
    [InlineData("rapat anggota kapan?")]
    public void No_organ_is_paired_when_the_question_asks_who_holds_the_act(string question)
    {
        Assert.Null(OrganDuties.AskedIn(question));
    }

    [Fact]
    public void An_article_states_whose_duties_it_lists()
    {
        Assert.Equal([(Organ.Pengawas, Act.Tugas), (Organ.Pengawas, Act.Wewenang)],
            OrganDuties.StatedIn("(1) Pengawas bertugas:\na. melakukan pengawasan;\n(2) Pengawas berwenang:\na. meneliti catatan").Order());
        Assert.Contains((Organ.Anggota, Act.Hak), OrganDuties.StatedIn("Kewajiban dan Hak Anggota ----------------"));
        Assert.Contains((Organ.RapatAnggota, Act.Wewenang), OrganDuties.StatedIn("Rapat Anggota menetapkan:\na. Anggaran Dasar;"));
        Assert.Empty(OrganDuties.StatedIn("(3) Dalam hal dilakukan pemungutan suara, setiap anggota mempunyai hak satu suara."));
    }

    [Theory]
    [InlineData("resep kue pakai gula aren gmn?")]
    [InlineData("ada lowongan kerja di pabrik gula gk?")]
    [InlineData("beras merk apa yg paling pulen?")]
    public void Goods_without_a_price_question_are_out_of_scope(string question)
    {
        Assert.False(Search.Search(question).Answers, question);
    }

    [Theory]
    [InlineData("HET minyakita brp?")]
    [InlineData("harga acuan gula pasir skrg berapa?")]
    public void Goods_with_a_price_question_are_answered(string question)
    {
        Assert.True(Search.Search(question).IsConfident, question);
    }
}
