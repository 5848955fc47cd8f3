using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 18's ranking and gate classes. Each row is written for the rule, not taken from an evaluation set.
/// Banjar and Kupang Malay function words are read in Indonesian like the Javanese ones; "pecat" is dismissing; money lost by an
/// officer's neglect is the article on the pengurus bearing the loss. The gate: a rental's going rate and when the village fund is
/// paid out are declined; announcing on social media asks the Juklak's publicity rule; a banner that will quote a rule asks which
/// article says it.
/// </summary>
public class Ranking18Tests
{
    [Theory]
    [InlineData("jar urang pengawas kada bulih rangkap, bujur kah?", "katanya urang pengawas tidak boleh rangkap, benar kah?")]
    [InlineData("ulun handak tahu, kawa kah pambakal jadi pengawas?", "saya mau tahu, bisa kah kepala desa jadi pengawas?")]
    [InlineData("sa pung om angkat sa jadi manajer, betul ka?", "saya punya om mengangkat saya jadi manajer, betul kah?")]
    public void Regional_function_words_are_read_in_Indonesian(string typed, string normalized)
    {
        Assert.Equal(normalized, ChatNormalizer.Normalize(typed));
    }

    [Theory]
    // A hearsay claim in Banjar is told, and its legal words reach the article.
    [InlineData("jar sidin bendahara kada harus mengganti duit kas nang hilang gara2 lalai, bujur kah?", "UU 25/1992 Pasal 34")]
    [InlineData("uang kas hilang 5 juta karena bendahara lalai, wajib diganti ga?", "UU 25/1992 Pasal 34")]
    [InlineData("ulun handak tahu, anggota kawa kah minta rapat anggota luar biasa?", "UU 25/1992 Pasal 27")]
    [InlineData("sa su jadi anggota 2 tahun, sa pung hak apa saja?", "UU 25/1992 Pasal 20")]
    public void A_regional_or_everyday_question_reaches_its_article(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
        Assert.True(Search.Search(question).IsConfident);
    }

    [Fact]
    public void Pecat_is_dismissing()
    {
        var terms = IndonesianAnalysis.Terms(Search.Index.Analyzer, "diberhentikan");
        Assert.Contains(Search.ConceptsOf("ketua mau pecat manajer"), c => c.Alternatives.Any(a => a.SequenceEqual(terms)));
    }

    [Theory]
    [InlineData("sewa kursi sama tenda buat RAT biasanya brp ya?")]
    [InlineData("harga sewa gedung untuk rapat anggota biasanya berapa?")]
    [InlineData("kapan dana desa tahap 1 cair? mau buat modal kopdes")]
    [InlineData("dana desa tahap 2 cairnya kapan pak? kopdes butuh modal")]
    [InlineData("ukuran spanduk RAT brp meter?")]
    public void A_rentals_going_rate_and_the_village_funds_payout_are_declined(string question)
    {
        AssertDeclinedAsOperational(question);
    }

    [Theory]
    // The Juklak: the formation's results are "dipublikasikan secara terbuka melalui media informasi".
    [InlineData("hasil musdesus boleh diumumin lewat FB desa?")]
    // A banner that will quote a rule asks which article says it.
    [InlineData("mau bikin spanduk kutip bunyi aturan RAT, itu pasal 26 kan?")]
    // Whether the village fund may be the kopdes' capital is the Inpres' funding question, not a pay-out date.
    [InlineData("dana desa boleh dipakai buat modal kopdes?")]
    public void A_rule_asked_beside_a_chore_is_not_declined(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));
        Assert.False(Search.Search(question).OutOfScope);
    }
}
