using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// A legal phrase of several words ("berita acara") that the question parses word by word still counts as one legal
/// idea for the confidence gate: neither "berita" nor "acara" means anything legal alone. Questions are paraphrases
/// written for these tests, not taken from an evaluation set.
/// </summary>
public class LegalPhraseGateTests
{
    private static readonly DomainLexicon Lexicon = new(Search.Index.Analyzer, DomainSynonyms.Groups);
    private static readonly QueryConcepts Concepts = new(Search.Index.Analyzer, DomainSynonyms.Groups);

    [Fact]
    public void Neighbouring_words_that_spell_a_legal_phrase_carry_it_as_one_concept()
    {
        var concepts = Concepts.Parse("berita acara musdesus isinya apa");
        Assert.DoesNotContain(concepts.Take(2), Lexicon.Carries);   // word by word, "berita" and "acara" mean nothing legal...
        var joined = Lexicon.WithPhrases(concepts);
        var phrase = Assert.Single(joined, c => c.Surface == "berita acara");   // ...together they are the legal phrase
        Assert.True(Lexicon.Carries(phrase));
        Assert.Equal(concepts.Count - 1, joined.Count);
    }

    [Fact]
    public void Words_that_carry_meaning_alone_are_left_as_they_are()
    {
        // "laporan" is a legal word by itself: joining it would turn two ideas into one.
        var concepts = Concepts.Parse("laporan tahunan koperasi kapan");
        Assert.Same(concepts, Lexicon.WithPhrases(concepts));
    }

    [Theory]
    [InlineData("berita acara pendirian kopdes hrs dilampiri apa aja")]
    [InlineData("berita acara pembentukan kopdes dibuat siapa?")]
    public void A_question_about_a_cooperative_record_named_by_a_phrase_is_answered(string question)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.StartsWith("Juklak Menkop 1/2025", result.Passages[0].Citation);
    }

    [Fact]
    public void The_phrase_alone_does_not_bring_another_institutions_record_into_scope()
    {
        Assert.False(Search.Search("berita acara kecelakaan motor dibuat di mana?").Answers);
    }
}
