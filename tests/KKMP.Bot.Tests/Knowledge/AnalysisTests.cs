using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using Lucene.Net.Analysis.Id;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class AnalysisTests
{
    private static readonly IndonesianAnalysis Analyzer = new();

    [Fact]
    public void Menabung_is_stemmed_to_tabung_where_plain_lucene_says_abung()
    {
        Assert.Equal(["abung"], IndonesianAnalysis.Terms(new IndonesianAnalyzer(IndonesianAnalysis.Version), "menabung"));
        Assert.Equal(["tabung"], IndonesianAnalysis.Terms(Analyzer, "menabung"));
        Assert.Equal(IndonesianAnalysis.Terms(Analyzer, "tabungan"), IndonesianAnalysis.Terms(Analyzer, "menabung"));
        Assert.Equal(IndonesianAnalysis.Terms(Analyzer, "pinjaman"), IndonesianAnalysis.Terms(Analyzer, "peminjam"));
    }

    [Theory]
    [InlineData("pengadilan")]   // plain stemmer: "adil" (fair)
    [InlineData("perangkat")]    // plain stemmer: "angkat" (appoint)
    [InlineData("pengurus")]     // plain stemmer: "urus", same as "mengurus"
    [InlineData("keluar")]       // plain stemmer: "luar", as in "Rapat Anggota Luar Biasa"
    public void Protected_words_are_not_stemmed(string word)
    {
        Assert.NotEqual([word], IndonesianAnalysis.Terms(new IndonesianAnalyzer(IndonesianAnalysis.Version), word));
        Assert.Equal([word], IndonesianAnalysis.Terms(Analyzer, word));
    }

    [Fact]
    public void Words_that_matter_in_legal_questions_are_not_stop_words()
    {
        Assert.Equal(["paling", "sedikit"], IndonesianAnalysis.Terms(Analyzer, "paling sedikit"));
        Assert.Contains("bukan", IndonesianAnalysis.Terms(Analyzer, "yang bukan anggota"));
        Assert.Empty(IndonesianAnalysis.Terms(Analyzer, "dong sih kak"));
    }

    [Fact]
    public void Chat_spelling_is_normalised()
    {
        Assert.Equal("berapa orang yang tidak bisa, bagaimana?", ChatNormalizer.Normalize("Brp org yg gak bs, gmn?"));
        Assert.Equal("mengelola koperasi", ChatNormalizer.Normalize("ngelola koprasi"));
    }

    [Fact]
    public void An_abbreviation_is_searched_with_its_long_form()
    {
        var concepts = new QueryConcepts(Analyzer, DomainSynonyms.Groups).Parse("RAT boleh online?");
        Assert.Equal(["rat", "online"], concepts.Select(c => c.Surface));
        Assert.Contains(concepts[0].Alternatives, a => a.SequenceEqual(["rapat", "anggota", "tahun"]));
        Assert.Contains(concepts[1].Alternatives, a => a.SequenceEqual(["daring"]));
    }

    [Fact]
    public void A_long_phrase_is_one_concept()
    {
        var concepts = new QueryConcepts(Analyzer, DomainSynonyms.Groups).Parse("pembagian sisa hasil usaha");
        var concept = Assert.Single(concepts);
        Assert.Contains(concept.Alternatives, a => a.SequenceEqual(["bagi", "shu"]));
        Assert.Contains(concept.Alternatives, a => a.SequenceEqual(["bagi", "untung"]));
    }

    [Fact]
    public void A_misspelt_legal_word_is_corrected_to_the_nearest_indexed_term_and_a_story_word_is_not()
    {
        var legal = new DomainLexicon(Search.Index.Analyzer, DomainSynonyms.Groups).Terms;
        Assert.Equal("pengawas", TypoCorrector.Correct("pengwas", Search.Index, legal));
        Assert.Equal("emas", TypoCorrector.Correct("emas", Search.Index, legal));   // too short to guess
        Assert.Equal("protes", TypoCorrector.Correct("protes", Search.Index, legal));   // not "proses": a complaint is not a procedure
    }

    [Fact]
    public void Synonyms_find_the_regulation_worded_differently()
    {
        var top = Search.Search("RAT boleh online?").Passages[0];
        Assert.Equal("UU 25/1992 Pasal 22", top.Citation);
        Assert.Contains("daring", top.Text);
    }
}
