using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// "rapat keduanya": the stemmer reads "keduanya" as "dua", which every "1/2 (satu per dua)" contains; the ayat on the second
/// meeting says "Rapat Anggota kedua". An ordinal asked about is matched by the same ordinal. Questions are paraphrases
/// written for these tests, not taken from an evaluation set.
/// </summary>
public class OrdinalQuotesTests
{
    [Fact]
    public void A_question_about_the_second_meeting_quotes_the_ayat_on_the_second_meeting()
    {
        const string question = "rapat anggota td gk kuorum, trus rapat keduanya sah kalo yg hadir brp org?";
        var result = Search.Search(question);
        Assert.Equal("Juklak Menkop 1/2025 Lampiran 7 Pasal 12", result.Passages[0].Citation);
        var reply = Flat(Formatter.Format(question, result).Split("\n\nLihat juga:")[0]);
        Assert.Contains("paling sedikit 1/3 (satu per tiga)", reply);
    }
}
