using KKMP.Bot.Knowledge.Documents;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class ChunkingTests
{
    [Fact]
    public void Every_document_has_its_metadata()
    {
        var ids = Corpus.Documents.Select(d => d.Id).Order().ToList();
        Assert.Equal(["harga-acuan", "inpres-9-2025", "juklak-menkop-1-2025", "modul-kemenkeu-kdkmp", "pp-9-1995", "uu-25-1992", "uu-6-2023"], ids);
        var uu = Corpus.Documents.Single(d => d.Id == "uu-25-1992");
        Assert.Equal("UU 25/1992", uu.Citation);
        Assert.Equal(1992, uu.Year);
        Assert.Equal("undang-undang", uu.Kind);
        Assert.Contains("Pasal 44A disisipkan oleh UU 6/2023", uu.Amendments);
        Assert.True(Corpus.Documents.Single(d => d.Id == "inpres-9-2025").IsTranscription);
        Assert.Empty(Corpus.Skipped);
    }

    [Fact]
    public void Statutes_are_chunked_one_pasal_each_with_the_inserted_44A()
    {
        var uuPasal = Corpus.Chunks.Where(c => c.DocumentId == "uu-25-1992" && c.Citation.StartsWith("UU 25/1992 Pasal ")).Select(c => c.Citation).ToList();
        Assert.Contains("UU 25/1992 Pasal 44A", uuPasal);
        foreach (var n in new[] { 2, 6, 22, 45, 67 }) Assert.Contains($"UU 25/1992 Pasal {n}", uuPasal);
        var ppPasal = Corpus.Chunks.Where(c => c.DocumentId == "pp-9-1995" && c.Citation.StartsWith("PP 9/1995 Pasal "))
            .Select(c => c.Citation.Split(' ')[3]).Distinct().ToList();
        Assert.Equal(40, ppPasal.Count);   // Pasal 1 (definitions) is split further, one chunk per defined term
        Assert.Equal("BAB VI PERANGKAT ORGANISASI", Chunk("UU 25/1992 Pasal 22").Chapter);
    }

    [Fact]
    public void A_pasal_keeps_its_ayat_and_huruf_one_per_line()
    {
        var lines = Chunk("UU 25/1992 Pasal 41").Text.Split('\n');
        Assert.Equal("(1) Modal Koperasi terdiri dari modal sendiri dan modal pinjaman.", lines[0]);
        Assert.Contains("a. simpanan pokok;", lines);
        Assert.Equal(3, lines.Count(l => l.StartsWith('(')));
    }

    [Fact]
    public void Penjelasan_is_linked_to_its_pasal_without_cukup_jelas()
    {
        var pasal32 = Chunk("UU 25/1992 Pasal 32");
        Assert.Contains("manajer atau direksi", pasal32.Explanation);
        Assert.DoesNotContain("Cukup jelas", pasal32.Explanation);
        Assert.Null(Chunk("UU 25/1992 Pasal 9").Explanation);   // "Cukup jelas" only
        Assert.Contains("Simpanan pokok adalah", Chunk("UU 25/1992 Pasal 41").Explanation);
    }

    [Fact]
    public void Juklak_is_chunked_by_bab_and_numbered_section()
    {
        var pengurus = Chunk("Juklak Menkop 1/2025 BAB III angka 1");
        Assert.Contains("paling sedikit 5 (lima) orang", pengurus.Text);
        Assert.EndsWith("Pengurus", pengurus.Chapter);
        Assert.Contains("Juklak Menkop 1/2025 BAB VI", Corpus.Chunks.Select(c => c.Citation));
        Assert.Contains("Juklak Menkop 1/2025 Lampiran 7 Pasal 12", Corpus.Chunks.Select(c => c.Citation));
        Assert.Contains("Koperasi Tidak Aktif adalah", Chunk("Juklak Menkop 1/2025 BAB I angka 5 huruf d").Text);
    }

    [Fact]
    public void Page_continuation_stubs_and_non_legal_tables_are_not_indexed()
    {
        // "(4) Pengelola..." was a page-continuation stub that repeated the start of the next line.
        Assert.DoesNotContain(Corpus.Chunks, c => c.Text.Split('\n').Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\p{L}\.\.\.$")));
        Assert.Equal(1, Chunk("PP 9/1995 Pasal 8").Text.Split('\n').Count(l => l.StartsWith("(4) Pengelola")));
        Assert.DoesNotContain(Corpus.Chunks, c => c.Text.Contains("Bunyi asli 1992"));
    }

    [Fact]
    public void The_inpres_transcription_is_chunked_by_diktum_and_only_diktum_ketujuh_is_a_summary()
    {
        var kedelapan = Chunk("Inpres 9/2025 Diktum KEDELAPAN");
        Assert.Contains("APBN", kedelapan.Text);
        Assert.False(kedelapan.IsSummary);
        Assert.StartsWith("https://peraturan.bpk.go.id/", kedelapan.Document.OfficialSource);
        var ketujuh = Corpus.Chunks.Where(c => c.Citation.StartsWith("Inpres 9/2025 Diktum KETUJUH ")).ToList();
        Assert.Contains(ketujuh, c => c.Citation == "Inpres 9/2025 Diktum KETUJUH Menteri Keuangan");
        Assert.All(ketujuh, c => Assert.True(c.IsSummary));
    }

    [Fact]
    public void Wrapped_pdf_lines_are_joined_and_list_items_start_new_lines()
    {
        var text = TextReflow.Join(["a. Pengurus Koperasi harus", "", "memenuhi persyaratan:", "1) mempunyai pengetahuan ----------", "tentang perkoperasian;", "b. Jumlah Pengurus   ganjil."]);
        Assert.Equal("a. Pengurus Koperasi harus memenuhi persyaratan:\n1) mempunyai pengetahuan tentang perkoperasian;\nb. Jumlah Pengurus ganjil.", text);
    }

    [Fact]
    public void A_file_without_required_front_matter_is_rejected_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeDocument.Parse("---\ncitation: X\ntitle: Y\n---\nteks", "sop.md"));
        Assert.Contains("sop.md", error.Message);
        Assert.Contains("id", error.Message);
    }
}
