using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>Definitional questions find the passage that defines the term, wherever the definition sits.</summary>
public class DefinitionSearchTests
{
    [Fact]
    public void Definitions_in_a_penjelasan_and_in_a_lettered_glossary_are_recognised()
    {
        var explanation = Chunk("UU 25/1992 Pasal 41").Explanation!;
        Assert.Contains("Simpanan pokok", DefinedTerms.Phrases(explanation));
        Assert.Contains("Dana cadangan", DefinedTerms.Phrases(explanation));
        Assert.Equal(["Modal Koperasi"], DefinedTerms.Phrases("k. Modal Koperasi adalah dana yang …"));
        Assert.Equal(["modal sendiri"], DefinedTerms.Phrases("Yang dimaksud dengan modal sendiri adalah modal yang menanggung resiko."));
        Assert.Empty(DefinedTerms.Phrases("Rapat Anggota dilakukan paling sedikit sekali dalam 1 (satu) tahun."));
    }

    [Theory]
    [InlineData("simpanan pokok itu apa?")]
    [InlineData("apa itu simpanan wajib")]
    [InlineData("bedanya simpanan pokok sama simpanan wajib")]
    public void A_definitional_question_gets_the_act_whose_penjelasan_defines_the_term(string question)
    {
        // The Juklak glossary defines these too; the Act (and its Penjelasan) is the higher regulation.
        Assert.Contains(Search.Index.Definitions.Select((terms, i) => (terms, i)),
            x => Search.Index.Knowledge.Chunks[x.i].DocumentId.Contains("juklak") && x.terms.Any(t => t.SequenceEqual(IndonesianAnalysis.Terms(Search.Index.Analyzer, "simpanan pokok"))));
        Assert.Equal("UU 25/1992 Pasal 41", Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void The_most_specific_defined_term_wins()
    {
        // "simpanan" alone is defined in PP 9/1995 Pasal 1; "simpanan berjangka" is more specific.
        var top = Search.Search("simpanan berjangka itu apa").Passages[0];
        Assert.Contains("Simpanan Berjangka adalah", top.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("bedanya simpanan pokok dan wajib", true)]
    [InlineData("perbedaan pengurus dan pengawas", true)]
    [InlineData("simpanan pokok bisa diambil?", false)]
    public void A_question_about_a_difference_asks_for_definitions(string question, bool definition) =>
        Assert.Equal(definition, QuestionIntent.AsksForDefinition(question));

    [Fact]
    public void A_member_leaving_finds_the_membership_article_not_the_extraordinary_meeting()
    {
        var citations = Search.Search("anggota bisa keluar ga?").Passages.Take(3).Select(p => p.Citation).ToList();
        Assert.Contains("UU 25/1992 Pasal 19", citations);
        Assert.NotEqual("UU 25/1992 Pasal 27", citations[0]);
    }
}
