using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 8 out-of-scope classes: questions that share words with a regulation but ask about the weather, another law
/// (a bill, a prison sentence, a tax rate), a lender's terms, which lender to choose, the going rate of pay, the shop's
/// fittings, or the price of goods the reference prices do not cover; and the false refusals of a kopdes question
/// answered by an article about any "Koperasi". Questions are paraphrases written for these tests, not taken from an
/// evaluation set.
/// </summary>
public class OutOfScopeClassesTests
{
    [Theory]
    [InlineData("nanti sore cuacanya gimana ya, RAT kopdes jadi di balai desa?")]
    [InlineData("revisi UU koperasi kapan disahkan DPR?")]
    [InlineData("ketua koperasi gelapin duit, ancaman hukumannya brp taun penjara?")]
    [InlineData("suku bunga KUR utk koperasi brp?")]
    [InlineData("buat modal warung sy mending pinjol atau koperasi ya?")]
    [InlineData("upah pegawai gerai kopdes yg layak brp?")]
    [InlineData("spanduk kopdes ukurannya brp meter?")]
    [InlineData("tarif pajak PPN buat gerai kopdes brp persen?")]
    public void A_question_for_another_domain_is_declined(string question)
    {
        Assert.True(OperationalQuestion.Matches(question));
        Assert.False(Search.Search(question).Answers);
        Assert.StartsWith(KKMP.Bot.Knowledge.Answers.RegulationAnswerFormatter.NotFoundOpening, Answer(question));
    }

    [Theory]
    [InlineData("HET bawang merah brp skrg?")]
    [InlineData("harga acuan daging sapi brp?")]
    public void A_price_of_goods_without_a_reference_price_is_declined(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));   // the price gate declines it, not the list of chores
        var result = Search.Search(question);
        Assert.False(result.Answers);
        Assert.True(result.OutOfScope);
    }

    [Theory]
    [InlineData("calon pengurus pernah dipenjara, boleh dipilih gak?")]
    [InlineData("kopdes bisa dapat pendanaan KUR gak?")]
    [InlineData("gaji pengelola gerai yg nentuin siapa?")]
    [InlineData("harga acuan resmi sembako apa aja?")]
    public void A_question_sharing_those_words_with_the_regulations_is_still_answered(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));
        Assert.True(Search.Search(question).Answers);
    }

    [Theory]
    [InlineData("HET minyakita brp?", "Harga acuan minyakita")]
    // The shop's loss is the cooperative's: the model AD's article on covering a loss says "Koperasi", not "gerai".
    [InlineData("tahun ini gerai kami tekor, nutupnya pakai apa?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 22")]
    public void A_kopdes_or_priced_goods_question_reaches_its_passage(string question, string citation)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.Equal(citation, result.Passages[0].Citation);
    }
}
