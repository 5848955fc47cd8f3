using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.City;

/// <summary>/stok @id and /rekap @id: a pembina reads one cooperative of the city, through the real router.</summary>
public class PembinaAddressingTests
{
    private static RouterHarness CityOfTwoAndAnother() => CityHarness.Create();

    [Fact]
    public void An_address_is_an_id_after_at_anywhere_in_a_read_and_a_price_after_at_is_not_one()
    {
        Assert.Equal(new StockList { At = "kkmp-sukamaju" }, Parsed("/stok @KKMP-Sukamaju"));
        Assert.Equal(new Recap(new RecapDay.Yesterday()) { At = "kkmp-sukamaju" }, Parsed("/rekap kemarin @kkmp-sukamaju"));
        Assert.Equal(new Recap(new RecapDay.Today()), Parsed("/rekap"));
        Assert.Equal(new Recap(new RecapDay.InPeriod(new PeriodSpec.ThisWeek())) { At = "kkmp-sukamaju" }, Parsed("/rekap @kkmp-sukamaju minggu ini"));
        Assert.Equal(new Recap(new RecapDay.InPeriod(new PeriodSpec.Between(20, 11, null, 30, 11, null))), Parsed("/rekap 20/11-30/11"));
        Assert.IsType<ParseResult.Invalid>(CommandParser.Parse("/stok beras 50 kg @12.000"));
    }

    private static Command Parsed(string text) => Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command;

    [Fact]
    public async Task A_pembina_reads_one_cooperatives_stock_and_recap_of_the_city()
    {
        using var harness = CityOfTwoAndAnother();
        var board = harness.As("telegram", "pengurus-s", Role.Pengurus, "kkmp-sukamaju");
        var cashier = harness.As("telegram", "kasir-rahasia-77", Role.Pengelola, "kkmp-sukamaju");
        await board.SendAsync("/barang tambah Beras kg");
        await board.SendAsync("/setharga beras 12.000");
        await cashier.SendAsync("/masuk beras 50 kg");
        await cashier.SendAsync("/jual beras 2,5 kg");
        var pembina = harness.As("telegram", "pembina", Role.Pembina, "kkmp-aman");

        var stock = await pembina.SendAsync("/stok @kkmp-sukamaju");
        var recap = await pembina.SendAsync("/rekap @KKMP-Sukamaju");
        var week = await pembina.SendAsync("/rekap @kkmp-sukamaju bulan ini");
        var own = await pembina.SendAsync("/stok");

        Assert.Equal("Stok KKMP Sukamaju:\n• Beras: 47,5 kg", stock.Text);
        Assert.StartsWith("Rekap KKMP Sukamaju, ", recap.Text);
        Assert.Contains("• Beras: 2,5 kg = Rp30.000", recap.Text);
        Assert.StartsWith("Rekap KKMP Sukamaju, ", week.Text);
        Assert.Contains("• Beras: 2,5 kg = Rp30.000", week.Text);
        Assert.DoesNotContain("kasir-rahasia-77", stock.Text + recap.Text + week.Text);
        Assert.StartsWith("Belum ada barang", own.Text); // without @ it is still the pembina's own cooperative
    }

    [Fact]
    public async Task Another_city_an_unknown_id_and_a_non_pembina_are_refused_with_an_example_and_nothing_is_recorded()
    {
        using var harness = CityOfTwoAndAnother();
        var pembina = harness.As("telegram", "pembina", Role.Pembina, "kkmp-aman");
        var cashier = harness.As("telegram", "kasir", Role.Pengelola, "kkmp-aman");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var otherCity = await pembina.SendAsync("/stok @kkmp-batu");
        var typo = await pembina.SendAsync("/rekap @kkmp-sukamju kemarin");
        var notPembina = await cashier.SendAsync("/stok @kkmp-sukamaju");
        var count = await pembina.SendAsync("/stok @kkmp-sukamaju beras 50 kg");

        Assert.Equal("KKMP Batu (kkmp-batu) bukan koperasi kota-mojokerto; Anda pembina kota-mojokerto. " +
                     "Lihat daftar koperasi kota Anda dengan /kota, lalu contohnya: /stok @kkmp-sukamaju", otherCity.Text);
        Assert.Equal("Koperasi \"kkmp-sukamju\" tidak ada. Maksudnya kkmp-sukamaju? Contoh: /rekap @kkmp-sukamaju kemarin", typo.Text);
        Assert.StartsWith("Koperasi lain hanya bisa dilihat pembina kotanya.", notPembina.Text);
        Assert.Contains("contoh: /stok", notPembina.Text);
        Assert.Contains("Stok koperasi lain hanya bisa dilihat, tidak dicatat.", count.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
    }
}
