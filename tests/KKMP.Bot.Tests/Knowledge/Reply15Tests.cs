using KKMP.Bot.Knowledge.Analysis;
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
    public void How_the_shop_looks_is_declined(string question) =>
        AssertDeclinedAsOperational(question);

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

    private const string Founding =
        "Tata cara pendirian sebagai berikut:\n"
        + "a. Rapat pendirian membahas rencana usaha dan kebutuhan modal koperasi serta risiko usahanya.\n"
        + "b. Rencana usaha berguna untuk menyusun setoran modal anggota, sehingga besarnya Simpanan Pokok dan Simpanan Wajib "
        + "diturunkan dari rencana usaha, bukan sekedar ditetapkan karena nominal yang paling murah bagi anggota.\n"
        + "c. Rapat pendirian membahas pokok-pokok anggaran dasar: nama koperasi, tempat kedudukan, modal koperasi, "
        + "jumlah setoran Simpanan Pokok dan Simpanan Wajib yang disepakati rapat.";

    [Theory]
    [InlineData("rapat usul simpanan pokok 10rb aja biar semua warga kuat bayar. boleh asal murah gitu nentuinnya?")]
    [InlineData("simpanan wajib kami tetapin 5 ribu sebulan, boleh ditetapkan semurah itu?")]
    [InlineData("pengurus mau netapin simpanan pokok Rp 20.000 biar ringan, gpp kan?")]
    public void A_sum_stated_with_a_verb_of_setting_asks_how_the_amount_is_set(string question)
    {
        Assert.True(AmountRule.Asked(question, null));
        var quote = Quote(Founding, question);
        Assert.Contains("bukan sekedar ditetapkan", quote.Text);
    }

    [Theory]
    // A sum told without setting it, or setting without a sum.
    [InlineData("simpanan pokok sy 10rb blm dibalikin pas keluar, bisa diminta?")]
    [InlineData("yg berhak menetapkan pengurus siapa?")]
    public void A_sum_or_a_setting_alone_asks_no_amount(string question)
    {
        Assert.False(AmountRule.Asked(question, null));
    }

    [Theory]
    [InlineData("nama kopdes boleh ditambah 'Maju Jaya' biar keren gk?", "nama kopdes boleh ditambah 'maju jaya'")]
    [InlineData("pengurus cukup 3 org aja biar hemat honor?", "pengurus cukup 3 orang saja")]
    [InlineData("akta pendirian boleh pakai notaris kota biar cepet?", "akta pendirian boleh pakai notaris kota")]
    // Nothing asked before "biar": the purpose is what is asked.
    [InlineData("gmn biar kopdes sehat?", "bagaimana biar kopdes sehat?")]
    public void The_askers_reason_after_biar_is_context(string question, string asked)
    {
        Assert.Equal(asked, QuestionFrame.AskedText(ChatNormalizer.Normalize(question)));
    }

    [Theory]
    [InlineData("nama koperasi kami mau dikasih tambahan 'Makmur Sentosa' biar keren, boleh gk? ada format wajibnya?", "Juklak Menkop 1/2025 BAB II angka 2")]
    [InlineData("hashtag resmi kopdes buat postingan apa ya biar kompak?", "Juklak Menkop 1/2025 BAB II angka 3")]
    public void A_question_with_a_reason_is_answered_by_the_passage_it_asks(string question, string citation)
    {
        var result = Search.Search(question);
        Assert.True(result.Confidence >= RegulationSearch.HedgeMinConfidence, $"confidence {result.Confidence:F2}");
        Assert.False(result.OutOfScope);
        Assert.Equal(citation, result.Passages[0].Citation);
    }

    private static Quote Quote(string text, string question)
    {
        var analyzer = new IndonesianAnalysis();
        var concepts = new QueryConcepts(analyzer, DomainSynonyms.Groups).Parse(question);
        return QuotedUnits.Select(text, concepts, analyzer, list: QuestionIntent.AsksForList(question), frame: QuestionIntent.FrameOf(question));
    }
}
