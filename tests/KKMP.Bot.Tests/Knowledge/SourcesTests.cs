using KKMP.Bot.Knowledge.Documents;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class SourcesTests
{
    [Fact]
    public void The_readme_front_matter_example_with_comments_is_read_as_yaml()
    {
        var markdown = """
            ---
            id: art-kop-mawar                 # unique
            citation: ART Koperasi Mawar      # how answers cite it
            title: Anggaran Rumah Tangga Koperasi Desa Merah Putih Mawar
            kind: anggaran-rumah-tangga       # undang-undang, peraturan-pemerintah, petunjuk-pelaksanaan, ringkasan, …
            year: 2025
            status: berlaku
            format: pasal                     # pasal | sections | summary
            source: ART disahkan Rapat Anggota 2025
            ---
            ## BAB II SIMPANAN

            **Pasal 3**

            (1) Simpanan wajib anggota sebesar Rp10.000 setiap bulan.
            """;
        var document = KnowledgeDocument.Parse(markdown, "art.md");
        Assert.Equal("art-kop-mawar", document.Id);
        Assert.Equal("ART Koperasi Mawar", document.Citation);
        Assert.Equal("pasal", document.Format);
        Assert.Equal(2025, document.Year);
        var chunk = Assert.Single(KnowledgeLoader.FromDocuments([document]).Chunks);
        Assert.Equal("ART Koperasi Mawar Pasal 3", chunk.Citation);
    }

    [Fact]
    public void Format_summary_marks_every_passage_as_a_summary()
    {
        var document = KnowledgeDocument.Parse("---\nid: sop\ncitation: SOP Gerai\ntitle: SOP\nformat: summary\n---\n## Jam kerja\nKasir mencatat setiap penjualan.", "sop.md");
        Assert.True(document.IsSummary);
        Assert.All(KnowledgeLoader.FromDocuments([document]).Chunks, c => Assert.True(c.IsSummary));
    }

    [Fact]
    public void Invalid_yaml_front_matter_is_rejected_with_the_file_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeDocument.Parse("---\nid: x\nsource: a: b: c\n---\nteks", "rusak.md"));
        Assert.Contains("rusak.md", error.Message);
    }

    [Fact]
    public void Training_material_is_cited_as_the_module_never_as_a_pasal()
    {
        var module = Corpus.Chunks.Where(c => c.DocumentId == "modul-kemenkeu-kdkmp").ToList();
        Assert.NotEmpty(module);
        Assert.All(module, c => Assert.StartsWith("Modul pelatihan Kemenkeu (", c.Citation));
        Assert.All(module, c => Assert.DoesNotContain("Pasal", c.Citation));
        Assert.True(module[0].Weight < Chunk("UU 25/1992 Pasal 41").Weight);

        var answer = Answer("laporan tahunan koperasi primer paling lambat tanggal berapa disampaikan");
        Assert.StartsWith("Menurut Modul pelatihan Kemenkeu (MP2 — Kewajiban dan Batas Waktu Pelaporan) (materi pelatihan, bukan peraturan)", answer);
        Assert.Contains("30 April", answer);
    }

    [Fact]
    public void A_reference_price_question_gets_the_figure_its_source_its_date_and_the_warning()
    {
        var answer = Answer("HET minyakita berapa?");
        Assert.StartsWith("Harga acuan minyakita", answer);
        Assert.Contains("Rp15.700 per liter", answer);
        Assert.Contains("Permendag 18/2024", answer);
        Assert.Contains("14 Agustus 2024", answer);
        Assert.Contains("teks resmi", answer);
    }

    [Fact]
    public void Reference_prices_keep_their_history_and_answer_by_date()
    {
        var prices = Corpus.Documents.Single(d => d.Id == "harga-acuan").Prices!;
        Assert.Equal(13500, prices.InForce("beras-medium", new DateOnly(2025, 9, 1))!.Zones.Single(z => z.Zone == "1").Price);
        Assert.Equal(12500, prices.InForce("beras-medium", new DateOnly(2025, 1, 1))!.Zones.Single(z => z.Zone == "1").Price);
        Assert.Null(prices.InForce("beras-medium", new DateOnly(2020, 1, 1)));
        Assert.Contains(Corpus.Chunks, c => c.Citation == "Harga acuan beras-medium (riwayat Perbadan 5/2024)" && c.Text.Contains("sudah tidak berlaku"));
    }

    [Fact]
    public void A_price_file_with_a_missing_price_is_rejected_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReferencePriceList.Parse("prices:\n  - commodity: gula\n    name: Gula\n    zones:\n      - { zone: umum, regions: semua, price: 0 }\n", "harga.yaml"));
        Assert.Contains("harga.yaml", error.Message);
    }

    [Fact]
    public void A_premise_quoting_the_1992_wording_is_answered_with_the_wording_in_force_and_called_outdated()
    {
        var answer = Answer("katanya koperasi primer dibentuk minimal 20 orang ya?");
        Assert.StartsWith("UU 25/1992 Pasal 6", answer);
        Assert.Contains("9 (sembilan)", answer);
        Assert.Contains("angka 20 dalam pertanyaan berasal dari bunyi lama", answer);
    }
}
