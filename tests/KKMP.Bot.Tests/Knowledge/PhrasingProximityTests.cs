using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// The everyday phrasings (knowledge/pertanyaan-umum.yaml) are written as officers ask: a question whose words stand next to
/// each other as in one passage's phrasing is about that passage, more than about one whose phrasing has the same words apart.
/// </summary>
public class PhrasingProximityTests
{
    [Fact]
    public void Words_next_to_each_other_in_a_phrasing_prefer_that_passage()
    {
        var text = Chunk("UU 25/1992 Pasal 27");
        // Same words, same length, same passage text: only the order of the phrasing differs. The scattered one comes first,
        // so a tie would put it on top.
        var apart = text with { Citation = "Uji 1", CommonQuestions = "rapat neraca pajak hibah anggota lelang notaris ekspor sendiri gudang kas mengadakan" };
        var together = text with { Citation = "Uji 2", CommonQuestions = "anggota mengadakan rapat sendiri neraca pajak hibah lelang notaris ekspor gudang kas" };
        using var index = new RegulationIndex(new KnowledgeBase(Corpus.Documents, [apart, together], []), SearchProfile.Indonesian);

        var result = new RegulationSearch(index).Search("anggota mengadakan rapat sendiri?");

        Assert.Equal("Uji 2", result.Passages[0].Citation);
    }
}
