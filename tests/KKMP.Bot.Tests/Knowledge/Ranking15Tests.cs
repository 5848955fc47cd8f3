using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 15's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// Who comes first ("didahulukan", "diprioritaskan") is what the regulations say with "mengutamakan" and "memprioritaskan".
/// </summary>
public class Ranking15Tests
{
    [Fact]
    public void Who_comes_first_is_searched_in_the_regulations_words()
    {
        Assert.Contains(Search.ConceptsOf("yg didahulukan siapa?"), c => c.Alternatives.Any(a => a.SequenceEqual(["utama"])));
        Assert.Contains(Search.ConceptsOf("buat siapa diprioritaskan?"), c => c.Alternatives.Any(a => a.SequenceEqual(["utama"])));
    }

    [Theory]
    [InlineData("pinjaman USP diprioritaskan buat siapa dulu?", "PP 9/1995 Pasal 20")]
    [InlineData("layanan USP diutamakan buat anggota dulu ya?", "PP 9/1995 Pasal 20")]
    public void Who_comes_first_reaches_the_article_on_it(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }
}
