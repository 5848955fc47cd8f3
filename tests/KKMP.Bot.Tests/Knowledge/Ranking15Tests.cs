using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 15's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// SHU is shared by each member's transactions, not equally, and is counted from income less costs, not from turnover: the
/// article saying so (UU 25/1992 Pasal 45) answers, not the Rapat Anggota's list of powers that names "pembagian sisa hasil usaha"
/// beside "anggaran pendapatan dan belanja". Who comes first ("didahulukan", "diprioritaskan") is the regulations' "mengutamakan".
/// </summary>
public class Ranking15Tests
{
    [Theory]
    [InlineData("SHU kopdes dibagi sama rata per kepala ya? yg jarang belanja di gerai dpt segitu jg?", "UU 25/1992 Pasal 45")]
    [InlineData("anggota yg sering belanja di toko koperasi dapet SHU lebih gede gk?", "UU 25/1992 Pasal 45")]
    [InlineData("SHU itu omzet penjualan setaun kan? ngitungnya gmn sih", "UU 25/1992 Pasal 45")]
    [InlineData("pak, SHU itu dr pendapatan dikurangi apa aja?", "UU 25/1992 Pasal 45")]
    public void Shu_is_shared_by_transactions_and_counted_from_income_less_costs(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Theory]
    // Who decides the SHU's division is still the Rapat Anggota's list.
    [InlineData("yg berwenang menetapkan pembagian SHU itu siapa? pengurus apa rapat anggota?", "UU 25/1992 Pasal 23")]
    public void The_power_to_decide_the_division_stays_with_the_meetings_list(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void Who_comes_first_is_searched_in_the_regulations_words()
    {
        Assert.Contains(Search.ConceptsOf("yg didahulukan siapa?"), c => c.Alternatives.Any(a => a.SequenceEqual(["utama"])));
        Assert.Contains(Search.ConceptsOf("buat siapa diprioritaskan?"), c => c.Alternatives.Any(a => a.SequenceEqual(["utama"])));
    }

    [Theory]
    [InlineData("pinjaman USP diprioritaskan buat siapa dulu?", "PP 9/1995 Pasal 20")]
    [InlineData("layanan USP diutamakan buat anggota dulu ya?", "PP 9/1995 Pasal 20")]
    public void Who_comes_first_reaches_the_article_on_it(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }
}
