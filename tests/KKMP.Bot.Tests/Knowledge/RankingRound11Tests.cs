using KKMP.Bot.Knowledge.Search;
using Lucene.Net.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 11's ranking classes: two asked words stay a pair when the story's words fall between them in the question
/// ("anggota kopdes, udh sepuh. keanggotaannya bisa dialihkan?"), and the pair is near in the text in any of its wordings;
/// contesting one's expulsion ("banding", "menyanggah") is the member's right to defend himself before the members' meeting.
/// Each row is written for the rule, not taken from an evaluation set.
/// </summary>
public class RankingRound11Tests
{
    [Theory]
    [InlineData("ibu saya anggota koperasi, sekarang sakit-sakitan. keanggotaannya boleh dioper ke adik saya?", "anggota", "pindahtangan")]
    [InlineData("saya pengurus koperasi desa, baru dilantik bulan lalu. pengurusnya boleh dipilih lagi?", "pengurus", "pilih")]
    public void Asked_words_with_story_words_between_them_are_searched_near_each_other(string question, string left, string right)
    {
        var pairs = RegulationSearch.AskedProximity(Search.ConceptsOf(question), "text", 1f).Cast<MultiPhraseQuery>().ToList();

        Assert.Contains(pairs, p => p.GetTermArrays()[0].Any(t => t.Text == left) && p.GetTermArrays()[1].Any(t => t.Text == right));
    }

    [Theory]
    [InlineData("keanggotaan bisa dialihkan?")]
    [InlineData("ibu saya anggota koperasi. boleh?")]
    public void Words_already_next_to_each_other_add_no_pair(string question)
    {
        Assert.Empty(RegulationSearch.AskedProximity(Search.ConceptsOf(question), "text", 1f));
    }

    [Theory]
    [InlineData("ibu saya anggota koperasi, sekarang sakit-sakitan. keanggotaannya boleh dioper ke adik saya?", "UU 25/1992 Pasal 19")]
    [InlineData("anggota kami sudah meninggal, keanggotaannya diwariskan ke anaknya bisa?", "UU 25/1992 Pasal 19")]
    [InlineData("anggota diberhentikan pengurus, boleh mengajukan banding?", "Lampiran 7 Pasal 5")]
    [InlineData("kalau dipecat pengurus, anggota bisa menyanggah di mana?", "Lampiran 7 Pasal 5")]
    public void The_passage_about_the_asked_pair_comes_first(string question, string citation)
    {
        Assert.EndsWith(citation, Search.Search(question).Passages[0].Citation);
    }
}
