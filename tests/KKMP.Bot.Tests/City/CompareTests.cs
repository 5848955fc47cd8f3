using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using SkiaSharp;

namespace KKMP.Bot.Tests.City;

/// <summary>/bandingkan beras through the real router: the city's cooperatives side by side, with a real PNG chart.</summary>
public class CompareTests
{
    [Fact]
    public async Task A_pembina_compares_an_item_across_the_city_cheapest_first_with_the_ceiling_and_a_chart()
    {
        using var harness = CityHarness.Create();
        await CityHarness.StockAsync(harness, "kkmp-sukamaju", "Beras Medium", "kg", "14.000", "120 kg", "beras-medium");
        await CityHarness.StockAsync(harness, "kkmp-aman", "Beras", "kg", "12.000", "50 kg", "beras-medium");
        await CityHarness.StockAsync(harness, "kkmp-cuti", "Gula", "kg", "17.000", "10 kg");
        await CityHarness.StockAsync(harness, "kkmp-batu", "Beras", "kg", "9.000", "70 kg"); // another city
        var pembina = harness.As("webchat", "pembina", Role.Pembina, "kkmp-aman");

        var reply = await pembina.SendAsync("/bandingkan beras");

        var lines = reply.Text.Split('\n');
        Assert.StartsWith("Beras di kota-mojokerto, ", lines[0]);
        Assert.Equal("1. KKMP Aman (kkmp-aman): Rp12.000/kg (HET Rp13.500), stok 50 kg", lines[1]);
        Assert.StartsWith("2. KKMP Sukamaju (kkmp-sukamaju): Rp14.000/kg ⚠ di atas HET Rp13.500 (", lines[2]);
        Assert.EndsWith("), stok 120 kg", lines[2]);
        Assert.Equal("Tidak punya \"beras\": KKMP Cuti.", lines[3]);
        Assert.Equal(4, lines.Length);
        Assert.DoesNotContain("Batu", reply.Text);

        var chart = Assert.Single(reply.Attachments);
        Assert.Equal("image/png", chart.ContentType);
        Assert.Equal("bandingkan-beras.png", chart.Name);
        using var bitmap = SKBitmap.Decode(chart.Bytes) ?? throw new Xunit.Sdk.XunitException("not a decodable PNG");
        Assert.Equal(800, bitmap.Width);
        // One bar under the ceiling (steel blue) and one above it (fire brick).
        Assert.True(Pixels(bitmap, c => c.Blue > 150 && c.Blue - c.Red > 80 && c.Green is > 100 and < 160) > 1000, "no blue bar");
        Assert.True(Pixels(bitmap, c => c.Red > 150 && c.Red - c.Green > 100 && c.Red - c.Blue > 100) > 1000, "no red bar");
    }

    [Fact]
    public async Task A_name_that_fits_several_items_of_a_cooperative_is_named_not_guessed()
    {
        using var harness = CityHarness.Create();
        await CityHarness.StockAsync(harness, "kkmp-aman", "Beras", "kg", "12.000", "50 kg");
        await CityHarness.StockAsync(harness, "kkmp-cuti", "Beras Premium", "kg", "14.500", "20 kg");
        await CityHarness.StockAsync(harness, "kkmp-cuti", "Beras Merah", "kg", "16.000", "5 kg");

        var reply = await harness.As("webchat", "pembina", Role.Pembina, "kkmp-aman").SendAsync("/bandingkan beras");

        Assert.Contains("\n1. KKMP Aman (kkmp-aman): Rp12.000/kg, stok 50 kg\n", reply.Text);
        Assert.Contains("Tidak punya \"beras\": KKMP Sukamaju.", reply.Text);
        Assert.EndsWith("KKMP Cuti: \"beras\" bisa berarti beras merah atau beras premium; tulis nama lengkapnya, misalnya /bandingkan beras merah", reply.Text);
        Assert.DoesNotContain("14.500", reply.Text);
    }

    [Fact]
    public async Task An_unknown_item_and_a_cooperative_without_a_city_get_a_clear_reply_without_a_chart_and_nothing_is_recorded()
    {
        using var harness = CityHarness.Create();
        await CityHarness.StockAsync(harness, "kkmp-aman", "Beras", "kg", "12.000", "50 kg");
        var pembina = harness.As("webchat", "pembina", Role.Pembina, "kkmp-aman");
        var admin = harness.As("webchat", "admin", Role.Admin, "kkmp-sepi");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var unknown = await pembina.SendAsync("/bandingkan semen");
        var typo = await pembina.SendAsync("/bandingkan berass merah");
        var noCity = await admin.SendAsync("/bandingkan beras");
        var empty = await pembina.SendAsync("/bandingkan");

        Assert.Equal("Tidak ada koperasi di kota-mojokerto yang punya barang \"semen\". Contoh: /bandingkan beras", unknown.Text);
        Assert.Equal("Tidak ada koperasi di kota-mojokerto yang punya barang \"berass merah\". Maksudnya beras? Contoh: /bandingkan beras", typo.Text);
        Assert.StartsWith("Belum ada koperasi yang terdaftar di kota Anda, jadi tidak ada yang bisa dibandingkan.", noCity.Text);
        Assert.Equal("Tulis nama barang yang dibandingkan. Contoh: /bandingkan beras", empty.Text);
        Assert.All([unknown, typo, noCity, empty], r => Assert.Empty(r.Attachments));
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
    }

    private static int Pixels(SKBitmap bitmap, Func<SKColor, bool> match)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
            if (match(bitmap.GetPixel(x, y))) count++;
        return count;
    }
}
