using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 15 reply and gate classes: how the shop or office looks (paint, colour, decorations) is declined even when every legal
/// word of the question ("gerai", "kopdes") is found, while a story that mentions the paint keeps its question; "seragam" said as
/// "uniform" ("biar seragam") is no question about uniforms. Questions are paraphrases written for these tests, not taken from an
/// evaluation set.
/// </summary>
public class Reply15Tests
{
    [Theory]
    [InlineData("gerai kopdes bagusnya dicat warna apa?")]
    [InlineData("kantor koperasi mau ngecat ulang, warnanya hrs merah putih gk?")]
    [InlineData("dekorasi gerai buat lomba agustusan yg menarik gmn ya?")]
    [InlineData("hiasan gerai sembako kopdes buat lebaran apa aja?")]
    [InlineData("seragam pengurus kopdes modelnya gmn?")]
    public void How_the_shop_looks_is_declined(string question)
    {
        Assert.True(OperationalQuestion.Matches(question));
        var result = Search.Search(question);
        Assert.False(result.Answers);
        Assert.True(result.OutOfScope);
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, Answer(question));
    }

    [Theory]
    // Paint or decoration told in the story; the asked part asks the rule.
    [InlineData("gerai baru selesai dicat kemarin. pengurus boleh digaji gk?")]
    [InlineData("abis dekorasi gerai buat 17an kas tinggal dikit. yg berhak nentuin pembagian SHU siapa?")]
    // "seragam" as "uniform": all the same.
    [InlineData("hashtag resmi kopdes apa ya biar seragam postingannya?")]
    [InlineData("besaran simpanan wajib hrs seragam buat semua anggota?")]
    public void Paint_in_the_story_or_seragam_as_uniform_is_still_searched(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));
    }
}
