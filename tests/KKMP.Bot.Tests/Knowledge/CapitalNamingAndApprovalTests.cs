using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 8 classes: the two legal kinds of outside capital kept apart (an investor's "modal penyertaan" is not a loan), "namanya
/// apa?" read as asking what the thing told before is called, "balik" as the everyday word for money returned, and a plan
/// "diajukan kepada Rapat Anggota untuk mendapat persetujuan" read as naming the organ that approves, and "nambah usaha" as the
/// regulations' "memperluas usahanya". Questions are
/// paraphrases written for these tests, not taken from an evaluation set.
/// </summary>
public class CapitalNamingAndApprovalTests
{
    [Fact]
    public void Modal_penyertaan_is_not_searched_as_a_loan()
    {
        var concept = Search.ConceptsOf("modal penyertaan tu maksudnya gimana?")[0];
        Assert.DoesNotContain(concept.Alternatives, a => a.SequenceEqual(Search.ConceptsOf("modal pinjaman")[0].Alternatives[0]));
    }

    [Fact]
    public void Modal_dari_luar_is_searched_as_either_kind()
    {
        var alternatives = Search.ConceptsOf("modal dari luar")[0].Alternatives.Select(a => string.Join(' ', a)).ToList();
        Assert.Contains(string.Join(' ', Search.ConceptsOf("modal pinjaman")[0].Alternatives[0]), alternatives);
        Assert.Contains(string.Join(' ', Search.ConceptsOf("modal penyertaan")[0].Alternatives[0]), alternatives);
    }

    [Theory]
    [InlineData("modal penyertaan tu maksudnya gimana?")]
    [InlineData("pak kades mau jadi investor di koperasi kami, aturannya gimana?")]
    [InlineData("ada pengusaha mau menanam modal di koperasi, namanya apa?")]
    public void An_investor_question_finds_the_article_on_modal_penyertaan(string question)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.Equal("UU 25/1992 Pasal 42", result.Passages[0].Citation);
    }

    [Fact]
    public void Namanya_asks_what_a_thing_is_called_and_is_no_concept()
    {
        Assert.DoesNotContain(Search.ConceptsOf("ada pengusaha mau menanam modal di koperasi, namanya apa?"), c => c.Surface.StartsWith("nama"));
        // The name of the cooperative is a topic of its own.
        Assert.Contains(Search.ConceptsOf("syarat nama koperasi apa?"), c => c.Surface == "nama");
    }

    [Fact]
    public void Namanya_apa_points_back_to_the_story()
    {
        Assert.All(Search.ConceptsOf("ada pengusaha mau menanam modal di koperasi, namanya apa?"), c => Assert.False(c.Aside, c.Surface));
    }

    [Fact]
    public void Balik_is_money_returned()
    {
        var result = Search.Search("kalau anggota berhenti, simpanannya balik gk?");
        Assert.Equal("Juklak Menkop 1/2025 Lampiran 7 Pasal 6", result.Passages[0].Citation);
        Assert.Contains(Search.ConceptsOf("simpanannya balik gk?"), c => c.Alternatives.Count > 1 && c.Surface == "balik");
    }

    [Fact]
    public void A_plan_submitted_to_an_organ_for_approval_names_that_organ_as_decider()
    {
        // UU 25/1992 Pasal 32 (2): "rencana pengangkatan tersebut diajukan kepada Rapat Anggota untuk mendapat persetujuan".
        Assert.Contains("rapat anggota", Deciders.NamedIn(Chunk("UU 25/1992 Pasal 32").Text));
        // "diajukan oleh Pengurus … untuk mendapat persetujuan para anggota": the members served, not an organ.
        Assert.Empty(Deciders.NamedIn("Pembagian keuntungan diajukan oleh Pengurus untuk mendapat persetujuan para anggota yang telah mendapat pelayanan."));
    }

    [Fact]
    public void Who_approves_hiring_a_manager_is_answered_by_the_article_that_names_the_approving_organ()
    {
        var result = Search.Search("pengangkatan pengelola usaha perlu izin rapat anggota gk?");
        Assert.Equal("UU 25/1992 Pasal 32", result.Passages[0].Citation);
    }

    [Fact]
    public void Adding_a_line_of_business_is_widening_it()
    {
        var result = Search.Search("koperasi kami yg sudah berbadan hukum mau tambah usaha simpan pinjam, apa yg harus dilakukan?");
        Assert.Equal("PP 9/1995 Pasal 5", result.Passages[0].Citation);   // "… akan memperluas usahanya di bidang simpan pinjam …"
        Assert.Contains(Search.ConceptsOf("mau nambah usaha"), c => c.Alternatives.Count > 1 && c.Surface == "nambah usaha");
    }
}
