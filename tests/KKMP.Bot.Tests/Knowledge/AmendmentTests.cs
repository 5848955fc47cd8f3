using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class AmendmentTests
{
    [Fact]
    public void Pasal_6_holds_the_wording_in_force_not_the_1992_wording()
    {
        var pasal6 = Chunk("UU 25/1992 Pasal 6");
        Assert.Contains("paling sedikit oleh 9 (sembilan) orang", pasal6.Text);
        Assert.DoesNotContain("20", pasal6.Text);
        Assert.StartsWith("diubah oleh UU 6/2023", pasal6.AmendmentNote);
    }

    [Fact]
    public void The_answer_about_the_minimum_founders_says_9_and_notes_the_amendment()
    {
        var answer = Answer("kalau mau bikin koperasi minimal berapa orang?");
        Assert.Contains("UU 25/1992 Pasal 6 ayat (1)", answer);
        Assert.Contains("9 (sembilan) orang", answer);
        Assert.DoesNotContain("20 (duapuluh)", answer);
        Assert.Contains("diubah oleh UU 6/2023", answer);
    }

    [Fact]
    public void Every_amended_article_carries_its_note_and_44A_is_inserted()
    {
        foreach (var n in new[] { "6", "21", "22", "43" })
            Assert.StartsWith("diubah oleh UU 6/2023 (Pasal 86 angka", Chunk($"UU 25/1992 Pasal {n}").AmendmentNote);
        Assert.Equal("disisipkan oleh UU 6/2023 (Pasal 86 angka 6)", Chunk("UU 25/1992 Pasal 44A").AmendmentNote);
        Assert.Equal("BAB VIII LAPANGAN USAHA", Chunk("UU 25/1992 Pasal 44A").Chapter);
        Assert.Null(Chunk("UU 25/1992 Pasal 23").AmendmentNote);
    }

    [Fact]
    public void Pasal_22_in_force_allows_online_meetings_and_pasal_43_has_five_ayat()
    {
        Assert.Contains("daring dan/atau luring", Chunk("UU 25/1992 Pasal 22").Text);
        Assert.Equal(5, Chunk("UU 25/1992 Pasal 43").Text.Split('\n').Count(l => l.StartsWith('(')));
        Assert.Contains("dalam rangka menarik masyarakat menjadi anggota Koperasi", Chunk("UU 25/1992 Pasal 43").Text);
    }

    [Fact]
    public void The_new_penjelasan_of_pasal_17_replaces_cukup_jelas()
    {
        var pasal17 = Chunk("UU 25/1992 Pasal 17");
        Assert.Contains("dokumen tertulis atau dokumen elektronik", pasal17.Explanation);
        Assert.Equal("Penjelasan diubah oleh UU 6/2023 (Pasal 86 angka 2)", pasal17.AmendmentNote);
        Assert.Contains("Yang dikutip adalah", Answer("RAT boleh online?"));
    }

    [Fact]
    public void The_amended_document_metadata_matches_the_amendments_applied()
    {
        var declared = Corpus.Documents.Single(d => d.Id == "uu-25-1992").Amendments;
        var applied = Corpus.Chunks.Where(c => c.DocumentId == "uu-25-1992" && c.AmendmentNote is not null)
            .Select(c => c.AmendmentNote!.StartsWith("Penjelasan") ? $"Penjelasan {c.Citation[11..]}" : c.Citation[11..])
            .Order().ToList();
        Assert.Equal(declared.Select(a => a.Split(" diubah")[0].Split(" disisipkan")[0]).Order(), applied);
    }

    [Fact]
    public void The_amending_article_lists_the_changes_without_repeating_the_new_wording()
    {
        var pasal86 = Chunk("UU 6/2023 Pasal 86");
        Assert.Contains("1. Ketentuan Pasal 6 diubah", pasal86.Text);
        Assert.DoesNotContain("9 (sembilan)", pasal86.Text);
    }
}
