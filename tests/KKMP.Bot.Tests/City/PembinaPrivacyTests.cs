using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.City;

/// <summary>
/// A pembina sees aggregates of the city's cooperatives and nothing else: across /kota, /stok @id, /rekap @id
/// and /bandingkan no member name or number, no savings, no cashier and no per-sale line shows, and the
/// commands that would show them (or act for a cooperative) are refused.
/// </summary>
public class PembinaPrivacyTests
{
    [Fact]
    public async Task A_pembina_never_sees_member_data_savings_or_who_sold_what()
    {
        using var harness = CityHarness.Create();
        await CityHarness.StockAsync(harness, "kkmp-sukamaju", "Beras", "kg", "12.000", "80 kg", "beras-medium");
        var board = harness.As("webchat", "pengurus-kkmp-sukamaju", Role.Pengurus, "kkmp-sukamaju");
        harness.Get<UserDirectory>().Assign("webchat", "kasir-rahasia-77", "kkmp-sukamaju", Role.Pengelola, "Kasir Rahasia");
        var cashier = harness.Stranger("webchat", "kasir-rahasia-77");
        Assert.StartsWith("Tercatat", (await board.SendAsync("/anggota tambah \"Painem Sutarmi\"")).Text);
        Assert.StartsWith("Tercatat", (await cashier.SendAsync("/simpanan 0001 sukarela 123.457")).Text);
        Assert.StartsWith("Tercatat", (await cashier.SendAsync("/jual beras 3,5 kg untuk 0001")).Text);
        Assert.StartsWith("Tercatat", (await board.SendAsync("/jual beras 1 kg")).Text);
        Assert.StartsWith("Tercatat", (await board.SendAsync("/berbagi aktif")).Text);
        var pembina = harness.As("webchat", "pembina", Role.Pembina, "kkmp-aman");

        var seen = new List<Reply>();
        foreach (var text in new[] { "/kota", "/stok @kkmp-sukamaju", "/rekap @kkmp-sukamaju", "/bandingkan beras" })
            seen.Add(await pembina.SendAsync(text));
        var refused = new List<Reply>();
        foreach (var text in new[] { "/anggota", "/anggota 0001", "/simpanan 0001", "/tunggakan", "/cari beras 10 kg", "/hubungi kkmp-sukamaju halo", "/laporan" })
            refused.Add(await pembina.SendAsync(text));

        // What the pembina may see is there: the two sales summed, never one by one.
        Assert.Contains("penjualan 7 hari Rp54.000", seen[0].Text);
        Assert.Contains("• Beras: 75,5 kg", seen[1].Text);
        Assert.Contains("• Beras: 4,5 kg = Rp54.000", seen[2].Text);
        Assert.Contains("Rp12.000/kg", seen[3].Text);
        foreach (var reply in seen)
        {
            foreach (var secret in new[] { "Painem", "Sutarmi", "0001", "123.457", "simpanan", "sukarela", "kasir-rahasia-77", "Kasir Rahasia", "3,5 kg", "Rp42.000", "untuk" })
                Assert.DoesNotContain(secret, reply.Text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.All(refused, reply => Assert.Contains("hanya untuk", reply.Text));
    }
}
