using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.ReferencePrices;

/// <summary>/koperasi provinsi, /barang acuan, /acuan, and the ceiling beside /harga and /setharga, through the real router.</summary>
public class ReferencePriceCommandTests
{
    [Fact]
    public async Task A_mapped_item_shows_its_ceiling_and_a_price_above_it_is_flagged_with_the_rule()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "1", Role.Pengurus);
        var cashier = harness.As("telegram", "2", Role.Pengelola);

        var province = await board.SendAsync("/koperasi provinsi jatim");
        var mapped = await board.SendAsync("/barang acuan beras beras-medium");
        var price = await cashier.SendAsync("harga beras berapa?");
        var writes = harness.Get<LedgerDb>().RecordedWrites();
        var asked = await cashier.SendAsync("/setharga beras 14.000");
        var unchanged = harness.Get<LedgerDb>().RecordedWrites();
        var raised = await cashier.SendAsync("YA");
        var list = await cashier.SendAsync("/harga");

        Assert.Equal($"Tercatat: {DemoSeed.Name} berada di provinsi Jawa Timur. Lihat harga acuannya: /acuan", province.Text);
        Assert.Equal("Tercatat: beras memakai harga acuan beras-medium: HET Rp13.500/kg (Kepbadan 299/2025).", mapped.Text);
        Assert.StartsWith("Harga beras: Rp12.500/kg (HET Rp13.500) (1 karung", price.Text);
        Assert.StartsWith("Ubah harga beras Rp12.500/kg → Rp14.000/kg?", asked.Text);
        Assert.Contains("Harga Rp14.000/kg di atas HET Rp13.500 (Kepbadan 299/2025).", asked.Text);
        Assert.Equal(writes, unchanged);
        Assert.Equal("Tercatat: harga beras sekarang Rp14.000/kg (sebelumnya Rp12.500/kg). Perhatian: di atas HET Rp13.500 (Kepbadan 299/2025).", raised.Text);
        Assert.Contains("• Beras: Rp14.000/kg (di atas HET Rp13.500 (Kepbadan 299/2025))", list.Text);
        Assert.Contains("• Gula Pasir: Rp17.500/kg\n", list.Text); // not mapped: no figure shown
    }

    [Fact]
    public async Task Acuan_lists_the_figures_for_the_region_and_the_rule_in_force_on_a_past_day()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "1", Role.Pengurus);
        var member = harness.As("telegram", "3", Role.Anggota);

        var nationwide = await member.SendAsync("/acuan");
        await board.SendAsync("/koperasi provinsi \"Jawa Timur\"");
        var today = await member.SendAsync("/acuan");
        var past = await member.SendAsync("/acuan 2025-01-10");

        Assert.Contains("• Minyak goreng rakyat MinyaKita: HET Rp15.700/liter (Permendag 18/2024", nationwide.Text);
        Assert.DoesNotContain("Beras medium", nationwide.Text);
        Assert.Contains("/koperasi provinsi \"Jawa Timur\"", nationwide.Text);
        Assert.Contains("Harga acuan resmi untuk Jawa Timur", today.Text);
        Assert.Contains("• Beras medium: HET Rp13.500/kg (Kepbadan 299/2025, sejak 22 Agustus 2025)", today.Text);
        Assert.Contains("• LPG 3 kg (gas melon bersubsidi): HET Rp18.000/tabung", today.Text);
        Assert.Contains("• Gula konsumsi (gula kristal putih): HAP Rp17.500/kg", today.Text);
        Assert.Contains("Cocokkan dengan teks resmi", today.Text);
        Assert.Contains("• Beras medium: HET Rp12.500/kg (Perbadan 5/2024", past.Text);
        Assert.DoesNotContain("LPG", past.Text); // the Jatim decree took effect on 15 January 2025
    }

    [Theory]
    [InlineData("/barang acuan beras emas", "Komoditas \"emas\" tidak dikenal. Pilihan: beras-medium, beras-premium, minyakita, gula, lpg-3kg. Contoh: /barang acuan \"minyak goreng\" minyakita")]
    [InlineData("/barang acuan \"minyak goreng\" beras-medium", "Harga acuan beras-medium per kg, sedangkan minyak goreng dicatat per liter.")]
    [InlineData("/barang acuan kopi minyakita", "Barang \"kopi\" tidak ada")]
    [InlineData("/barang acuan minyakita", "Tulis nama barang lalu komoditas acuannya")]
    [InlineData("/koperasi provinsi Atlantis", "Provinsi \"Atlantis\" tidak dikenal. Tulis nama lengkapnya. Contoh: /koperasi provinsi \"Jawa Timur\"")]
    [InlineData("/koperasi provinsi", "Tulis nama provinsinya. Contoh: /koperasi provinsi \"Jawa Timur\"")]
    [InlineData("/acuan besok lusa", "Contoh: /acuan 2025-01-10")]
    public async Task Bad_input_gets_an_example_and_records_nothing(string text, string expected)
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "1", Role.Pengurus);
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await board.SendAsync(text);

        Assert.Contains(expected, reply.Text);
        Assert.DoesNotContain("Tercatat", reply.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        Assert.True(string.IsNullOrEmpty(harness.Get<CooperativeDirectory>().Get(DemoSeed.KoperasiId)!.Province));
        Assert.All(harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId), item => Assert.Null(item.Commodity));
    }

    [Theory]
    [InlineData("HET minyakita?")]
    [InlineData("acuan harga beras medium berapa")]
    [InlineData("harga resmi beras medium berapa?")]
    public void Questions_about_official_prices_stay_questions(string text) =>
        Assert.IsType<KKMP.Bot.Commands.Parsing.ParseResult.NotACommand>(KKMP.Bot.Commands.Parsing.CommandParser.Parse(text));

    [Fact]
    public void The_province_comes_from_configuration_too()
    {
        using var harness = new RouterHarness(new Dictionary<string, string?>
        {
            ["Cooperatives:0:Id"] = "kkmp-a", ["Cooperatives:0:Name"] = "KKMP A", ["Cooperatives:0:City"] = "Kota Mojokerto",
            ["Cooperatives:0:Province"] = "jatim",
        });

        Assert.Equal("Jawa Timur", harness.Get<CooperativeDirectory>().Get("kkmp-a")!.Province);
    }
}
