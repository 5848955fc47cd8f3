using KKMP.Bot.Books.Charts;
using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Conversation;
using SkiaSharp;

namespace KKMP.Bot.Tests.Books;

/// <summary>Charts are real PNGs: decoded here, the right size, and with something drawn on them.</summary>
public class ChartTests
{
    private static SKBitmap Decode(Attachment picture)
    {
        Assert.Equal("image/png", picture.ContentType);
        Assert.EndsWith(".png", picture.Name);
        return SKBitmap.Decode(picture.Bytes) ?? throw new Xunit.Sdk.XunitException("not a decodable PNG");
    }

    /// <summary>Pixels of the series colour (FireBrick, 178,34,34), give or take anti-aliasing.</summary>
    private static int SeriesPixels(SKBitmap bitmap)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x += 2)
            if (bitmap.GetPixel(x, y) is var c && c.Red > 120 && c.Red - c.Green > 60 && c.Red - c.Blue > 60) count++;
        return count;
    }

    [Fact]
    public async Task Sales_price_and_stock_charts_are_phone_sized_pictures_with_their_series_drawn()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        await kasir.SendAsync("/jual beras 5 kg");
        await kasir.SendAsync("/setharga beras 13.000");
        await kasir.SendAsync("/jual beras 3 kg");
        await kasir.SendAsync("/masuk beras 1 karung @300.000");

        var sales = await kasir.SendAsync("/grafik penjualan bulan ini");
        var price = await kasir.SendAsync("/grafik harga beras");
        var stock = await kasir.SendAsync("/grafik stok beras");

        Assert.Contains("total Rp101.500", sales.Text); // 5 × 12.500 + 3 × 13.000
        Assert.Contains("sekarang Rp13.000/kg", price.Text);
        Assert.Contains("sekarang 117 kg", stock.Text);
        foreach (var reply in new[] { sales, price, stock })
        {
            using var bitmap = Decode(Assert.Single(reply.Attachments));
            Assert.Equal((800, 500), (bitmap.Width, bitmap.Height));
            Assert.True(SeriesPixels(bitmap) > 50, $"the series is drawn in {reply.Attachments[0].Name}");
        }
    }

    [Fact]
    public async Task A_chart_of_something_unknown_or_unrecorded_says_so_without_a_picture()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        Assert.StartsWith("Tercatat", (await harness.As("telegram", "ketua", Role.Pengurus).SendAsync("/barang tambah kopi bungkus")).Text);

        Assert.Empty((await kasir.SendAsync("/grafik harga emas")).Attachments);
        Assert.Contains("Contoh: /setharga kopi", (await kasir.SendAsync("/grafik harga kopi")).Text);
        Assert.Contains("Contoh: /grafik penjualan", (await kasir.SendAsync("/grafik cuaca")).Text);
        Assert.Contains("belum terjadi", (await kasir.SendAsync("/grafik penjualan 2099")).Text);
    }

    [Theory]
    [InlineData(950, "Rp950")]
    [InlineData(14_100, "Rp14,1 rb")]
    [InlineData(2_500_000, "Rp2,5 jt")]
    public void Axis_money_is_written_the_Indonesian_way(double value, string expected) => Assert.Equal(expected, BookCharts.Rupiah(value));
}
