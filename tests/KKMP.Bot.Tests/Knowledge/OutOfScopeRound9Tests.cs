using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 9 gate classes: the shop is the cooperative (its funding is a kopdes question even with a bank's name in it);
/// pledging the cooperative's property is PP 9/1995's rule even when the property is named by its papers (BPKB); a tax
/// rate is another law's. Questions are paraphrases written for these tests, not taken from an evaluation set.
/// </summary>
public class OutOfScopeRound9Tests
{
    [Theory]
    [InlineData("stok awal gerai boleh dibiayain KUR dari bank BRI ga?")]
    [InlineData("bendahara usul BPKB mobil koperasi digadein buat nambah kas, boleh?")]
    public void A_cooperative_question_naming_a_bank_or_vehicle_papers_is_not_a_chore(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));
    }

    [Fact]
    public void Pledging_the_cooperatives_vehicle_papers_is_answered_by_the_rule_on_pledging_assets()
    {
        var question = "KSP kami mau gadein BPKB mobil operasional ke pegadaian, boleh gk?";
        Assert.True(Search.Search(question).Answers);
        Assert.Contains("menggadaikan harta kekayaannya", Flat(Answer(question)));
    }

    [Theory]
    [InlineData("PPN jual gula di gerai kopdes brp persen?")]
    [InlineData("SHU anggota dipotong pajak berapa persen?")]
    // Vehicle papers without pledging anything stay another institution's procedure.
    [InlineData("BPKB motor koperasi hilang, ngurusnya ke mana?")]
    public void A_tax_rate_or_another_institutions_procedure_is_still_declined(string question)
    {
        Assert.True(OperationalQuestion.Matches(question));
        Assert.False(Search.Search(question).Answers);
    }
}
