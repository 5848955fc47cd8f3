using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// "Bedanya X sama Y?" is answered by the two definitions side by side. Each glossary entry defines one of the compared terms
/// and lacks the other; it must not lose to an article that merely names both. Questions written for this test.
/// </summary>
public class DifferenceQuestionsTests
{
    [Theory]
    [InlineData("koperasi sekunder dan koperasi primer itu bedanya apa?")]
    [InlineData("apa perbedaan koperasi primer dengan koperasi sekunder")]
    public void A_difference_question_is_answered_by_the_definitions(string question)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.StartsWith("UU 25/1992 Pasal 1 angka", result.Passages[0].Citation);
        Assert.Contains(result.Passages.Take(3), p => p.Citation != result.Passages[0].Citation && p.Citation.StartsWith("UU 25/1992 Pasal 1 angka"));
    }

    [Fact]
    public void A_question_about_one_term_is_not_read_as_a_difference()
    {
        // Without a comparison the glossary entry still needs the words asked: "berapa orang" is not in the definition.
        var result = Search.Search("koperasi primer dibentuk minimal berapa orang?");
        Assert.Equal("UU 25/1992 Pasal 6", result.Passages[0].Citation);
    }
}
