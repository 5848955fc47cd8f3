using System.Text.RegularExpressions;
using KKMP.Bot.City;
using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.City;

/// <summary>A city's pembina: minted by an admin for a city, /kota shows the city's cooperatives in aggregate only.</summary>
public class CityViewTests
{
    private static RouterHarness CityOfThree() => new(new Dictionary<string, string?>
    {
        ["Cooperatives:0:Id"] = "kkmp-aman", ["Cooperatives:0:Name"] = "KKMP Aman", ["Cooperatives:0:City"] = "Kota Mojokerto",
        ["Cooperatives:1:Id"] = "kkmp-bingung", ["Cooperatives:1:Name"] = "KKMP Bingung", ["Cooperatives:1:City"] = "Kota  Mojokerto",
        ["Cooperatives:1:Province"] = "Jawa Timur",
        ["Cooperatives:2:Id"] = "kkmp-cuti", ["Cooperatives:2:Name"] = "KKMP Cuti", ["Cooperatives:2:City"] = "kota mojokerto",
        ["Cooperatives:3:Id"] = "kkmp-batu", ["Cooperatives:3:Name"] = "KKMP Batu", ["Cooperatives:3:City"] = "Kota Batu",
    });

    [Theory]
    [InlineData("Kota Mojokerto", "kota-mojokerto")]
    [InlineData("  Kab. Banyuwangi ", "kab-banyuwangi")]
    [InlineData("Kota Batu", "kota-batu")]
    [InlineData("", "")]
    public void A_city_id_is_the_slug_of_its_name(string city, string expected) => Assert.Equal(expected, CityIds.Of(city));

    [Fact]
    public async Task A_pembina_sees_the_citys_cooperatives_needing_attention_first_and_never_who_sold_what()
    {
        using var harness = CityOfThree();
        var admin = harness.As("telegram", "admin", Role.Admin, "kkmp-aman");
        var cashierA = harness.As("telegram", "kasir-rahasia-77", Role.Pengelola, "kkmp-aman");
        var boardB = harness.As("telegram", "pengurus-b", Role.Pengurus, "kkmp-bingung");
        await harness.As("telegram", "pengurus-a", Role.Pengurus, "kkmp-aman").SendAsync("/barang tambah Beras kg");
        await cashierA.SendAsync("/setharga beras 12.000");
        await cashierA.SendAsync("/masuk beras 50 kg");
        await cashierA.SendAsync("/jual beras 2,5 kg");
        await boardB.SendAsync("/barang tambah Beras kg");
        await boardB.SendAsync("/barang acuan beras beras-medium");
        await boardB.SendAsync("/setharga beras 14.000");
        Assert.StartsWith("Tercatat", (await boardB.SendAsync("ya")).Text); // above the ceiling: asked first

        var minted = await admin.SendAsync("/undang pembina \"Kota Mojokerto\"");
        var code = Regex.Match(minted.Text, @"/gabung ([A-Z0-9]{8})").Groups[1].Value;
        var pembina = harness.Stranger("telegram", "pembina-kota");
        await pembina.SendAsync($"/gabung {code}");
        var table = await pembina.SendAsync("/kota");

        Assert.StartsWith("Kode undangan pembina untuk kota-mojokerto:", minted.Text);
        var lines = table.Text.Split('\n');
        Assert.StartsWith("kota-mojokerto: 3 koperasi", lines[0]);
        Assert.StartsWith("1. KKMP Bingung (kkmp-bingung): ⚠ belum lapor 2 hari; penjualan 7 hari Rp0; habis: Beras; di atas HET: Beras; belum ada catatan", lines[1]);
        Assert.StartsWith("2. KKMP Cuti (kkmp-cuti): ⚠ belum lapor 2 hari", lines[2]);
        Assert.StartsWith("3. KKMP Aman (kkmp-aman): lapor hari ini; penjualan 7 hari Rp30.000", lines[3]);
        Assert.DoesNotContain("Batu", table.Text);
        // Aggregates only: no user, no raw message, no per-sale line.
        Assert.DoesNotContain("kasir-rahasia-77", table.Text);
        Assert.DoesNotContain("/jual", table.Text);
        Assert.DoesNotContain("2,5 kg", table.Text);
        Assert.Equal(Role.Pembina, harness.Get<UserDirectory>().Get("telegram", "pembina-kota")!.Role);
    }

    [Fact]
    public void The_city_view_holds_no_member_or_seller_data()
    {
        // Everything /kota can show is in CityRow: the type itself proves what a pembina can never see.
        var fields = typeof(CityRow).GetProperties().Select(p => p.Name).Order();
        Assert.Equal(["AboveCeiling", "Attention", "KoperasiId", "LastActivity", "Name", "OutOfStock", "PostedToday", "PostedYesterday", "SalesThisWeekRupiah"], fields);
    }

    [Fact]
    public async Task A_pembina_addressing_another_city_is_refused_and_an_empty_city_is_named()
    {
        using var harness = CityOfThree();
        var pembina = harness.As("telegram", "p", Role.Pembina, "kkmp-aman");
        var admin = harness.As("telegram", "admin", Role.Admin, "kkmp-aman");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var other = await pembina.SendAsync("/kota kota-batu");
        var empty = await admin.SendAsync("/kota kota-kosong");
        var mint = await admin.SendAsync("/undang pembina kota-kosong");
        var anggota = await harness.As("telegram", "m", Role.Anggota, "kkmp-aman").SendAsync("/kota");

        Assert.Equal("Anda pembina kota-mojokerto; koperasi di kota-batu tidak bisa Anda lihat. Contoh: /kota", other.Text);
        Assert.Equal("Kota \"kota-kosong\" belum punya koperasi terdaftar. Kota yang ada: kota-batu, kota-contoh, kota-mojokerto. Contoh: /kota kota-mojokerto", empty.Text);
        Assert.StartsWith("Kota \"kota-kosong\" belum punya koperasi terdaftar.", mint.Text);
        Assert.Equal(CommandPolicy.Refusal(CommandTable.Declarations.Single(d => d.CommandType == typeof(KKMP.Bot.Commands.Parsing.CityView)), Role.Anggota, ChatKinds.Private), anggota.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
    }
}
