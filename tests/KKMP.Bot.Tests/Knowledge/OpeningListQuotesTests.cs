using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 7 classes of a right passage with a wrong reply: a passage whose opening holds its own short list that
/// answers ("… harus memperhatikan parameter sebagai berikut: 1. …; 2. …") quotes that list, not a lettered item
/// after it; the English slogan "one man one vote" reaches the equal-vote ayat; "hak" meets "berhak", which the stemmer
/// leaves whole (two syllables); a "boleh gak …?" question quotes the unit that bars it. Questions are paraphrases written
/// for these tests, not taken from an evaluation set.
/// </summary>
public class OpeningListQuotesTests
{
    [Theory]
    [InlineData("kalau mau ngaktifin lagi koperasi yg vakum, parameter apa saja yg harus diperhatikan?", "Juklak Menkop 1/2025 BAB VI", "kewajiban Koperasi")]
    [InlineData("di rapat anggota koperasi berlaku one man one vote gak?", "UU 25/1992 Pasal 24", "setiap anggota mempunyai hak satu suara")]
    [InlineData("pak sekdes boleh gak jadi ketua pengurus kopdes?", "Juklak Menkop 1/2025 BAB III angka 1", "tidak berasal dari unsur Pimpinan Desa")]
    [InlineData("pemerintah mau membubarkan koperasi kami, apa kami punya hak menolak? waktunya brp lama?", "UU 25/1992 Pasal 47", "paling lambat 2 (dua) bulan")]
    public void The_reply_quotes_the_part_that_answers(string question, string citation, string fact)
    {
        var result = Search.Search(question);
        Assert.True(result.IsConfident, $"confidence {result.Confidence:F2}");
        Assert.Equal(citation, result.Passages[0].Citation);
        var reply = Formatter.Format(question, result).Split("\n\nLihat juga:")[0];
        Assert.Contains(fact, Flat(reply));
    }

    [Theory]
    [InlineData("pak sekdes boleh gak jadi ketua pengurus kopdes?", true)]
    [InlineData("apakah diperkenankan merangkap jabatan?", true)]
    [InlineData("pengurus kopdes berapa orang?", false)]
    public void A_permission_question_is_read_as_one(string question, bool permission)
    {
        Assert.Equal(permission, KKMP.Bot.Knowledge.Search.QuestionIntent.FrameOf(question).Permission);
    }

    [Fact]
    public void The_opening_list_ends_where_the_next_list_begins()
    {
        const string question = "kalau mau ngaktifin lagi koperasi yg vakum, parameter apa saja yg harus diperhatikan?";
        var reply = Formatter.Format(question, Search.Search(question));
        Assert.DoesNotContain("Tahapan", reply);
    }
}
