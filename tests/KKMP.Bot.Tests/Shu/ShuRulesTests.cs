using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Shu;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Shu;

/// <summary>/shu atur: the ART's SHU percentages, which must add up to 100, kept by the year they take effect.</summary>
public class ShuRulesTests
{
    private const string Rules = "/shu atur cadangan 30 jasa-transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 10 lain 5";

    [Fact]
    public async Task Percentages_are_kept_by_the_year_they_take_effect()
    {
        using var harness = new RouterHarness(time: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero)));
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);

        Assert.Equal("Tercatat: pembagian SHU mulai tahun buku 2026: cadangan 30 %, jasa-transaksi 35 %, jasa-simpanan 15 %, pendidikan 5 %, insentif 10 %, lain 5 %.",
            (await ketua.SendAsync(Rules)).Text);
        var later = await ketua.SendAsync("/shu atur cadangan 25 jasa transaksi 40 jasa simpanan 15 pendidikan 7,5 insentif 7,5% lain 5 mulai 2027");
        Assert.Contains("mulai tahun buku 2027: cadangan 25 %, jasa-transaksi 40 %, jasa-simpanan 15 %, pendidikan 7,5 %, insentif 7,5 %", later.Text);
        Assert.Contains("Sebelumnya (sejak 2026): cadangan 30 %", later.Text);

        var settings = harness.Get<ShuSettings>();
        Assert.Null(settings.InForce(DemoSeed.KoperasiId, 2025));
        Assert.Equal(30, settings.InForce(DemoSeed.KoperasiId, 2026)!.Cadangan);
        Assert.Equal(25, settings.InForce(DemoSeed.KoperasiId, 2027)!.Cadangan);
        Assert.Equal(25, settings.InForce(DemoSeed.KoperasiId, 2030)!.Cadangan);
        Assert.Equal(2, settings.History(DemoSeed.KoperasiId).Count);
    }

    [Theory]
    [InlineData("/shu atur cadangan 30 jasa-transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 10 lain 10", "jumlah persentase 105 %, harus tepat 100 %")]
    [InlineData("/shu atur cadangan 30 jasa-transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 10", "jumlah persentase 95 %, harus tepat 100 %")]
    [InlineData("/shu atur cadangan 30 jasa-transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 9,5 lain 5", "jumlah persentase 99,5 %")]
    [InlineData("/shu atur cadangan 30 arisan 70", "\"arisan\" bukan bagian SHU")]
    [InlineData("/shu atur cadangan 30 cadangan 70", "ditulis dua kali")]
    [InlineData("/shu atur cadangan tiga puluh", "belum ditulis dengan angka")]
    [InlineData("/shu atur cadangan 130", "belum ditulis dengan angka (0 sampai 100)")]
    [InlineData("/shu atur", "Tulis persentase")]
    public async Task Percentages_that_do_not_add_up_to_100_are_refused_showing_the_sum(string text, string expected)
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await ketua.SendAsync(text);

        Assert.Contains(expected, reply.Text);
        Assert.Contains("Contoh: /shu atur cadangan 30", reply.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        Assert.Empty(harness.Get<ShuSettings>().History(DemoSeed.KoperasiId));
    }
}
