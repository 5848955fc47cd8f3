using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.City;

/// <summary>
/// Kota Mojokerto with three cooperatives (aman, sukamaju, cuti), Kota Batu with one (batu), and one
/// cooperative whose city was never set (sepi): the real router on a fresh ledger.
/// </summary>
internal static class CityHarness
{
    public static RouterHarness Create(TimeProvider? time = null) => new(new Dictionary<string, string?>
    {
        ["Cooperatives:0:Id"] = "kkmp-aman", ["Cooperatives:0:Name"] = "KKMP Aman", ["Cooperatives:0:City"] = "Kota Mojokerto",
        ["Cooperatives:0:Province"] = "Jawa Timur",
        ["Cooperatives:1:Id"] = "kkmp-sukamaju", ["Cooperatives:1:Name"] = "KKMP Sukamaju", ["Cooperatives:1:City"] = "Kota Mojokerto",
        ["Cooperatives:1:Province"] = "Jawa Timur",
        ["Cooperatives:2:Id"] = "kkmp-cuti", ["Cooperatives:2:Name"] = "KKMP Cuti", ["Cooperatives:2:City"] = "Kota Mojokerto",
        ["Cooperatives:2:Province"] = "Jawa Timur",
        ["Cooperatives:3:Id"] = "kkmp-batu", ["Cooperatives:3:Name"] = "KKMP Batu", ["Cooperatives:3:City"] = "Kota Batu",
        ["Cooperatives:3:Province"] = "Jawa Timur",
        ["Cooperatives:4:Id"] = "kkmp-sepi", ["Cooperatives:4:Name"] = "KKMP Sepi",
    }, time);

    /// <summary>The cooperative's pengurus adds an item, prices it (confirming a price above a ceiling) and receives stock.</summary>
    public static async Task StockAsync(RouterHarness harness, string koperasiId, string item, string unit, string price, string received, string? commodity = null)
    {
        var board = harness.As("webchat", $"pengurus-{koperasiId}", Role.Pengurus, koperasiId);
        await board.SendAsync($"/barang tambah \"{item}\" {unit}");
        if (commodity is not null) await board.SendAsync($"/barang acuan \"{item}\" {commodity}");
        if (!(await board.SendAsync($"/setharga \"{item}\" {price}")).Text.StartsWith("Tercatat", StringComparison.Ordinal))
            Assert.StartsWith("Tercatat", (await board.SendAsync("ya")).Text);
        Assert.StartsWith("Tercatat", (await board.SendAsync($"/masuk \"{item}\" {received}")).Text);
    }
}
