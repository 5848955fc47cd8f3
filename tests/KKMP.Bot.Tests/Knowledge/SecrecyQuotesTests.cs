using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// "boleh gk … disebar?": a duty of secrecy bars telling others, so the unit that imposes it answers a permission question
/// about disclosing, beside the officer's list of tasks that shares more words with it. Questions are paraphrases written
/// for these tests, not taken from an evaluation set.
/// </summary>
public class SecrecyQuotesTests
{
    [Theory]
    [InlineData("pengawas kami bagiin hasil pemeriksaan kas ke warga, emang boleh? kan tugas pengawas ngawasin", "UU 25/1992 Pasal 39", "Pengawas harus merahasiakan hasil pengawasannya terhadap pihak ketiga")]
    public void A_question_whether_something_may_be_told_quotes_the_duty_of_secrecy(string question, string citation, string fact)
    {
        var result = Search.Search(question);
        Assert.Equal(citation, result.Passages[0].Citation);
        Assert.Contains(fact, Flat(Formatter.Format(question, result).Split("\n\nLihat juga:")[0]));
    }
}
