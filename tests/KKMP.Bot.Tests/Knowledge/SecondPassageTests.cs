using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Answers;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// When the search scores two passages alike, the reply quotes the runner-up too (its best ayat, short), instead of naming it
/// only under "Lihat juga": the law and the kopdes' model AD often state one rule in their own words. Passages here are
/// made up, so each case isolates one rule of the choice.
/// </summary>
public class SecondPassageTests
{
    private static readonly RegulationAnswerFormatter Formatter = new();

    private static Passage Of(string citation, float score, PassageKind kind = PassageKind.Regulation, string? text = null) =>
        new(citation, "doc", text ?? $"(1) Ketentuan pertama {citation}.\n(2) Rapat anggota kedua sah bila dihadiri 1/3 anggota.", score, null, "Dokumen — judul", kind == PassageKind.Summary)
        { Kind = kind };

    public static TheoryData<float, PassageKind, bool, bool> Cases => new()
    {
        // runner-up's score (best = 10), its kind, whether the answer is confident, whether it is quoted
        { 9f, PassageKind.Regulation, true, true },
        { 8f, PassageKind.Regulation, true, true },
        { 7f, PassageKind.Regulation, true, false },
        { 9f, PassageKind.Training, true, true },
        { 9f, PassageKind.Transcription, true, true },
        { 9f, PassageKind.Summary, true, false },
        { 9f, PassageKind.ReferencePrice, true, false },
        // A hedged answer ("mungkin yang dimaksud") shows both candidates: its runner-up is quoted from half the best's score.
        { 9f, PassageKind.Regulation, false, true },
        { 7f, PassageKind.Regulation, false, true },
        { 5f, PassageKind.Regulation, false, true },
        { 4f, PassageKind.Regulation, false, false },
        { 7f, PassageKind.Summary, false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_close_runner_up_of_legal_wording_is_quoted_beside_the_best(float score, PassageKind kind, bool confident, bool quoted)
    {
        var result = new SearchResult([Of("UU 1/2000 Pasal 5", 10f), Of("Juklak 2/2000 Pasal 7", score, kind)], confident ? 0.9 : 0.3, confident)
        {
            IsTentative = !confident,
        };
        var reply = Formatter.Format("rapat anggota kedua sah klo yg hadir brp?", result);
        Assert.Equal(quoted, reply.Contains(RegulationAnswerFormatter.SecondOpening));
        if (!quoted) return;
        var second = reply[reply.IndexOf(RegulationAnswerFormatter.SecondOpening)..];
        Assert.Contains("Juklak 2/2000 Pasal 7", second);
        Assert.Contains("1/3 anggota", second);
        // Named once: quoted, so not again under "Lihat juga".
        Assert.DoesNotContain("Lihat juga: Juklak", reply);
        if (kind == PassageKind.Training) Assert.Contains("(materi pelatihan, bukan peraturan)", second);
        if (kind == PassageKind.Transcription) Assert.Contains("transkripsi", second);
    }

    [Theory]
    // A summary at the top is presented as a summary; the transcribed Diktum beside it is still quoted.
    [InlineData(PassageKind.Summary, true)]
    // A reference price or an FAQ entry answers in its own way: no quotation is added to it.
    [InlineData(PassageKind.ReferencePrice, false)]
    [InlineData(PassageKind.Faq, false)]
    public void The_kind_of_the_best_passage_decides_whether_a_second_is_quoted(PassageKind top, bool quoted)
    {
        var result = new SearchResult([Of("Inpres 1/2000 Diktum KESATU", 10f, top), Of("Inpres 1/2000 Diktum KEDUA", 9f, PassageKind.Transcription)], 0.9, true);
        var reply = Formatter.Format("rapat anggota kedua sah klo yg hadir brp?", result);
        Assert.Equal(quoted, reply.Contains(RegulationAnswerFormatter.SecondOpening));
    }

    [Fact]
    public void The_second_quote_is_cut_short_and_keeps_the_passages_wording()
    {
        var longText = "(1) " + string.Join(' ', Enumerable.Repeat("Rapat anggota kedua sah bila dihadiri sepertiga anggota.", 30));
        var result = new SearchResult([Of("UU 1/2000 Pasal 5", 10f), Of("Juklak 2/2000 Pasal 7", 9f, text: longText)], 0.9, true);
        var reply = Formatter.Format("rapat anggota kedua sah klo yg hadir brp?", result);
        var second = reply[reply.IndexOf(RegulationAnswerFormatter.SecondOpening)..];
        Assert.True(second.Length < 900, $"{second.Length} characters");
        Assert.Contains("Rapat anggota kedua sah bila dihadiri sepertiga anggota.", second);
        Assert.EndsWith("…\"", second.TrimEnd());
    }
}
