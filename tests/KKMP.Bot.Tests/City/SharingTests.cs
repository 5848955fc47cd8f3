using FsCheck;
using FsCheck.Fluent;
using KKMP.Bot.City;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.City;

/// <summary>/berbagi and /cari through the real router: only opted-in cooperatives of the same city, in bands.</summary>
public class SharingTests
{
    [Fact]
    public async Task A_search_lists_opted_in_cooperatives_of_the_city_with_enough_stock_in_bands_never_exact_figures()
    {
        using var harness = CityHarness.Create();
        await CityHarness.StockAsync(harness, "kkmp-sukamaju", "Beras", "kg", "12.000", "380 kg");
        await CityHarness.StockAsync(harness, "kkmp-cuti", "Beras", "kg", "12.000", "30 kg");
        await CityHarness.StockAsync(harness, "kkmp-batu", "Beras", "kg", "12.000", "1000 kg");
        foreach (var id in new[] { "kkmp-sukamaju", "kkmp-cuti", "kkmp-batu" })
            Assert.StartsWith("Tercatat:", (await harness.As("webchat", $"pengurus-{id}", Role.Pengurus, id).SendAsync("/berbagi aktif")).Text);
        var kasir = harness.As("webchat", "kasir-aman", Role.Pengelola, "kkmp-aman");

        var hundred = await kasir.SendAsync("/cari beras 100 kg");
        var twenty = await kasir.SendAsync("/cari beras 20 kg");
        var tooMuch = await kasir.SendAsync("/cari beras 500 kg");
        await harness.As("webchat", "pengurus-kkmp-sukamaju", Role.Pengurus, "kkmp-sukamaju").SendAsync("/berbagi nonaktif");
        var afterOptOut = await kasir.SendAsync("/cari beras 100 kg");

        Assert.Equal("Koperasi di kota-mojokerto yang punya beras 100 kg atau lebih (kisaran, bukan angka pasti):\n" +
                     "• KKMP Sukamaju (kkmp-sukamaju): ≥ 200 kg\n" +
                     "Hubungi pengurusnya lewat bot: /hubungi kkmp-sukamaju <pesan>", hundred.Text);
        Assert.Contains("• KKMP Sukamaju (kkmp-sukamaju): ≥ 200 kg\n• KKMP Cuti (kkmp-cuti): ≥ 20 kg", twenty.Text);
        Assert.StartsWith("Dari 2 koperasi di kota-mojokerto yang berbagi stok, belum ada yang punya beras 500 kg atau lebih.", tooMuch.Text);
        Assert.StartsWith("Dari 1 koperasi di kota-mojokerto yang berbagi stok, belum ada yang punya beras 100 kg atau lebih.", afterOptOut.Text);
        foreach (var reply in new[] { hundred, twenty })
        {
            Assert.DoesNotContain("380", reply.Text);
            Assert.DoesNotContain("30 kg", reply.Text);
            Assert.DoesNotContain("Batu", reply.Text);
        }
    }

    [Fact]
    public async Task Nobody_sharing_and_bad_input_get_a_clear_reply_and_nothing_is_recorded()
    {
        using var harness = CityHarness.Create();
        await CityHarness.StockAsync(harness, "kkmp-sukamaju", "Beras", "kg", "12.000", "380 kg");
        var kasir = harness.As("webchat", "kasir-aman", Role.Pengelola, "kkmp-aman");
        var board = harness.As("webchat", "pengurus-aman", Role.Pengurus, "kkmp-aman");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var nobody = await kasir.SendAsync("/cari beras 100 kg");
        var noAmount = await kasir.SendAsync("/cari beras");
        var badSwitch = await board.SendAsync("/berbagi mungkin");
        var bare = await kasir.SendAsync("cari beras murah di mana ya?");

        Assert.Equal("Belum ada koperasi lain di kota-mojokerto yang berbagi stok. Pengurus tiap koperasi mengaktifkannya dengan: /berbagi aktif", nobody.Text);
        Assert.EndsWith("Contoh: /cari beras 100 kg", noAmount.Text);
        Assert.Equal("Tulis aktif (stok terlihat koperasi sekota) atau nonaktif. Contoh: /berbagi aktif", badSwitch.Text);
        Assert.DoesNotContain("/cari", bare.Text); // without the slash it is everyday speech, not the command
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public void A_band_is_a_step_between_what_was_asked_and_what_is_there() =>
        Prop.ForAll<PositiveInt, PositiveInt>((asked, extra) =>
        {
            var wanted = StockBands.AtLeast(asked.Get);
            var stock = wanted + extra.Get - 1;
            var band = StockBands.Below(stock, wanted);
            return wanted >= asked.Get && band >= wanted && band <= stock && StockBands.AtLeast(band) == band;
        }).Check(Config.QuickThrowOnFailure);
}
