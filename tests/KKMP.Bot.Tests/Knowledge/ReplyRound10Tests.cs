using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 10 reply classes: what the story only tells ("kemarin ga kuorum") is the situation, not the case asked, when a figure
/// is asked; a question that points back to the story ("terus gmn?") still asks about the case it told. Questions are paraphrases
/// written for these tests, not taken from an evaluation set.
/// </summary>
public class ReplyRound10Tests
{
    [Theory]
    [InlineData("rapat anggota kemarin ga kuorum krn banjir. rapat keduanya sah klo yg hadir brp?", false)]
    [InlineData("pengurus yg tidak hadir rapat berapa kali boleh diberhentikan?", true)]
    [InlineData("bendahara gk mau tanda tangan laporan tahunan, terus gmn?", true)]
    [InlineData("anggota yg belum bayar simpanan wajib, hak suaranya gimana?", true)]
    public void A_thing_not_done_counts_when_it_is_the_case_asked_about(string question, bool notDone)
    {
        Assert.Equal(notDone, QuestionIntent.FrameOf(question).NotDone);
    }

    [Fact]
    public void The_quorum_of_the_second_meeting_is_quoted_when_the_first_failed()
    {
        var answer = Flat(Answer("rapat anggota kemarin ga kuorum krn banjir. rapat keduanya sah klo yg hadir brp?"));
        Assert.Contains("1/3 (satu per tiga)", answer);
    }
}
