using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 10 gate classes: a regulation named by number and year that the knowledge base does not hold; the minimum wage;
/// where to download a file; the going rate of a cost; the weather asked, not told in passing; a unit of measure shared with
/// a reference price; and a kopdes question whose article speaks of any "Koperasi". Questions are paraphrases written for
/// these tests, not taken from an evaluation set.
/// </summary>
public class OutOfScopeRound10Tests
{
    [Theory]
    [InlineData("Perpres 12/2025 soal kopdes isinya apa aja?")]
    [InlineData("menurut Permendes 3 tahun 2025 dana kopdes dari mana?")]
    // Listed among the Kemenkeu module's legal bases, but its text is not in the knowledge base.
    [InlineData("PMK 49/2025 ngatur bunga pinjaman kopdes brp persen?")]
    public void A_regulation_the_knowledge_base_does_not_hold_is_declined(string question)
    {
        var result = Search.Search(question);
        Assert.False(result.Answers);
        Assert.True(result.OutOfScope);
        Assert.DoesNotContain("Pasal", Answer(question));
    }

    [Theory]
    [InlineData("Inpres 9/2025 isinya apa aja?")]
    [InlineData("inpres 9 tahun 2025 tentang apa?")]
    // A passage rests on it ("Sumber: Permenkop UKM No. 2 Tahun 2024"), so it is held.
    [InlineData("Permenkop 2/2024 laporan keuangan koperasi pakai standar apa?")]
    [InlineData("UU 25/1992 pendiri koperasi minimal brp org?")]
    public void A_regulation_the_knowledge_base_holds_is_still_searched(string question)
    {
        Assert.True(Search.Search(question).Answers);
    }

    [Theory]
    [InlineData("gaji kasir kopdes minimal harus UMR kan?")]
    [InlineData("UMK kota kami 2026 brp?")]
    [InlineData("format excel buku kas koperasi bisa diunduh di mana?")]
    [InlineData("biaya audit akuntan publik buat koperasi biasanya brp?")]
    [InlineData("nanti malam hujan nggak ya? mau ngadain RAT")]
    public void A_chore_or_another_rule_is_declined(string question)
    {
        Assert.True(OperationalQuestion.Matches(question));
        Assert.False(Search.Search(question).Answers);
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, Answer(question));
    }

    [Theory]
    // The rain is the story; the quorum is asked.
    [InlineData("kemarin hujan jadi rapat anggota sepi, rapat ulangnya kuorum brp?")]
    // Who sets the pay is the model AD's rule; no minimum wage is asked.
    [InlineData("gaji manajer kopdes yg nentuin siapa?")]
    public void A_question_that_only_mentions_those_words_is_still_answered(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));
        Assert.True(Search.Search(question).Answers);
    }

    [Fact]
    public void A_unit_of_measure_does_not_make_an_unlisted_good_a_reference_price()
    {
        var result = Search.Search("HET bawang putih per kg brp?");
        Assert.False(result.Answers);
        Assert.True(result.OutOfScope);
    }

    [Fact]
    public void A_kopdes_is_found_in_an_article_about_any_cooperative()
    {
        // Two Javanese words the knowledge base never contains ("njabat", "miturut") count as missing only when a legal
        // word is missing; "kopdes" is not missing from an article that says "Koperasi".
        var kopdes = Search.Search("pengurus kopdes njabat paling lama piro taun miturut UU?");
        var koperasi = Search.Search("pengurus koperasi njabat paling lama piro taun miturut UU?");
        Assert.Equal(koperasi.Passages[0].Citation, kopdes.Passages[0].Citation);
        Assert.True(kopdes.Answers, $"confidence {kopdes.Confidence:F2}");
        Assert.Equal(koperasi.Confidence, kopdes.Confidence, 2);
    }
}
