using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 16's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// Someone not yet a member is a non-member ("bukan anggota"), whom the law lets a cooperative serve; whether SHU is split
/// equally ("dibagi rata") is what the article on dividing SHU answers; a number only an article's 1992 wording had ("20 orang"
/// founders) points at the amended article more strongly than the story around it pulls elsewhere; a negated term's definition
/// ("Koperasi Tidak Aktif adalah …") answers only a question that negates the term itself.
/// </summary>
public class Ranking16Tests
{
    [Fact]
    public void Not_yet_a_member_is_searched_as_the_laws_non_member()
    {
        Assert.Contains(Search.ConceptsOf("warga yg blm jadi anggota"), c => c.Alternatives.Any(a => a.SequenceEqual(["bukan", "anggota"])));
        // A candidate member stays one: the savings-and-loan regulation's "calon anggota" is still searched.
        Assert.Contains(Search.ConceptsOf("warga yg blm jadi anggota"), c => c.Alternatives.Any(a => a.SequenceEqual(["calon", "anggota"])));
    }

    [Theory]
    // Not the Juklak's list of the kinds of gerai, nor the module's slide on the sembako gerai.
    [InlineData("gerai sembako kopdes kami boleh ngelayani warga yg blm jadi anggota?", "UU 25/1992 Pasal 43")]
    // Everyday phrasing (knowledge/pertanyaan-umum.yaml), written from Pasal 45's own "sebanding dengan jasa usaha".
    [InlineData("pengurus mau bagi SHU rata aja ke semua anggota biar gampang, ada yg jarang belanja jg dpt sama. boleh?", "UU 25/1992 Pasal 45")]
    [InlineData("SHU di kopdes kami dibagi rata, yg rajin transaksi sama yg gak pernah dpt sama. emang gitu?", "UU 25/1992 Pasal 45")]
    // The 1992 wording asked 20 founders; the founders' article in force says 9.
    [InlineData("kata sesepuh kampung bikin koperasi dulu wajib 20 orang, kami baru kumpul 10 org. msh berlaku gk?", "UU 25/1992 Pasal 6")]
    [InlineData("dulu jaman orde baru pendiri koperasi minimal 20 orang, skrg msh sama?", "UU 25/1992 Pasal 6")]
    public void A_non_member_an_equal_split_and_an_outdated_number_reach_their_article(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void The_SHU_article_says_sebanding_as_the_law_does()
    {
        // The source's OCR read "standing dengan"; the law says each member's share is "sebanding dengan jasa usaha".
        Assert.Contains("dibagikan kepada anggota sebanding dengan jasa usaha yang dilakukan oleh masing-masing anggota", Chunk("UU 25/1992 Pasal 45").Text);
    }

    [Theory]
    [InlineData("koperasi aktif tuh maksudnya gmn? kami br 1x RAT", "Juklak Menkop 1/2025 BAB I angka 5 huruf c")]
    [InlineData("yg namanya koperasi aktif itu apa sih?", "Juklak Menkop 1/2025 BAB I angka 5 huruf c")]
    // Negated in the asked part: the negated term is the one asked.
    [InlineData("koperasi yg ga aktif itu yg kayak gimana?", "Juklak Menkop 1/2025 BAB I angka 5 huruf d")]
    public void A_negated_terms_definition_answers_only_its_negation(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }
}
