using KKMP.Bot.Assistant;
using KKMP.Bot.Assistant.Plugins;

namespace KKMP.Bot.Tests.Assistant;

public class GroundingCheckTests
{
    private static readonly IReadOnlyList<PassageView> Retrieved =
    [
        PassageView.From("P1", SampleRegulations.Primer),
        PassageView.From("P2", SampleRegulations.RapatAnggota) with { AmendmentNote = "diubah oleh UU 6/2023 (Pasal 86 angka 4)" },
    ];

    [Theory]
    [InlineData("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1)).", true)]
    [InlineData("Minimal 20 orang [P1].", true)]
    [InlineData("Lihat Pasal 6.", true)]                                   // Pasal without ayat: the retrieved ayat backs it
    [InlineData("RAT sekali setahun (Pasal 26 ayat (1), diubah UU 6/2023).", true)]
    [InlineData("RAT diatur ulang oleh UU 6/2023 Pasal 86.", true)]        // the amending article named in the note
    [InlineData("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (2)).", false)]  // ayat not retrieved
    [InlineData("Minimal 20 orang (Pasal 99).", false)]
    [InlineData("Minimal 20 orang [P7].", false)]
    [InlineData("Minimal 20 orang (PP 9/1995 Pasal 6).", false)]           // regulation not retrieved
    [InlineData("Minimal 20 orang.", false)]                               // cites nothing
    public void Accepts_only_citations_among_the_retrieved_passages(string answer, bool grounded)
    {
        Assert.Equal(grounded, GroundingCheck.Check(answer, Retrieved).IsGrounded);
    }

    [Fact]
    public void Names_each_unsupported_citation()
    {
        var verdict = GroundingCheck.Check("Pasal 6 ayat (1) dan Pasal 17 serta UU 1/2020.", Retrieved);

        Assert.Equal(["Pasal 17", "UU 1/2020"], verdict.Unsupported);
    }

    [Theory]
    [InlineData("Harga beras Rp12.500/kg.", true)]
    [InlineData("Harga beras Rp 12.500 dan gula Rp17.500.", false)]
    [InlineData("Harga beras Rp13.000/kg.", false)]
    [InlineData("Beras tersedia.", true)]
    public void Shop_answer_may_state_only_prices_a_function_returned(string answer, bool grounded)
    {
        var evidence = new TurnEvidence();
        evidence.AddPrices([12_500]);

        Assert.Equal(grounded, ShopGroundingCheck.Check(answer, evidence).IsGrounded);
    }

    [Fact]
    public void Passage_ids_are_replaced_by_their_citation_unless_already_written()
    {
        Assert.Equal("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1)).", LlmAnswerer.ExpandPassageIds("Minimal 20 orang [P1].", Retrieved));
        Assert.Equal("Menurut UU 25/1992 Pasal 6 ayat (1), minimal 20 orang.",
            LlmAnswerer.ExpandPassageIds("Menurut UU 25/1992 Pasal 6 ayat (1) [P1], minimal 20 orang.", Retrieved));
    }

    [Fact]
    public void Markdown_emphasis_and_headings_are_removed_from_model_text()
    {
        Assert.Equal("Jawaban\nMinimal 20 orang.", LlmAnswerer.StripMarkdown("## Jawaban\nMinimal **20 orang**."));
    }
}
