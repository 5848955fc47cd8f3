using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 12's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// A question about something not done ("pengurus gk mau ngadain rapat", "cadangan ga cukup") prefers the passage that states
/// what happens then ("Dalam hal Pengurus tidak menyelenggarakan …").
/// </summary>
public class Ranking12Tests
{
    [Theory]
    [InlineData("pengurus ogah ngadain rapat anggota, anggota bisa apa?", true)]
    [InlineData("kalau ketua gk mau tanda tangan laporan gimana?", true)]
    [InlineData("simpanan wajibnya blm dibayar 6 bulan, trus gmn?", true)]
    [InlineData("rapat anggota boleh online gk?", false)]
    [InlineData("keanggotaan bapak sy bisa dialihkan ke sy biar simpanannya ga hilang?", false)]
    [InlineData("siapa yg mengadakan rapat anggota?", false)]
    public void A_question_tells_when_something_is_not_done(string question, bool notDone)
    {
        Assert.Equal(notDone, QuestionIntent.TellsNotDone(question));
    }

    [Theory]
    [InlineData("(5) Dalam hal Pengurus tidak menyelenggarakan Rapat Anggota, maka pengawas dapat menyelenggarakannya.", true)]
    [InlineData("(3) Apabila Dana Cadangan tidak cukup, defisit dibebankan pada tahun buku berikutnya.", true)]
    [InlineData("(1) Pengurus bertugas:\na. mengelola Koperasi dan usahanya;", false)]
    public void A_passage_states_what_happens_when_something_is_not_done(string text, bool states)
    {
        Assert.Equal(states, QuestionIntent.StatesNotDone(text));
    }

    [Theory]
    [InlineData("ketua pengurus tidak pernah mau mengadakan rapat anggota, siapa yang boleh mengadakannya?", "Lampiran 7 Pasal 11")]
    [InlineData("cadangan kopdes habis dan tidak cukup menutup kerugian tahun ini, terus bagaimana?", "Lampiran 7 Pasal 22")]
    [InlineData("koperasi simpan pinjam kami belum menyampaikan laporan ke menteri, apa sanksinya?", "PP 9/1995 Pasal 37")]
    public void The_passage_stating_what_happens_when_it_is_not_done_comes_first(string question, string citation)
    {
        Assert.EndsWith(citation, Search.Search(question).Passages[0].Citation);
    }
}
