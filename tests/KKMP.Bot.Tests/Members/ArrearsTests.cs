using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Members;

/// <summary>/tunggakan counts each month at the simpanan wajib amount in force in that month, not today's amount for all.</summary>
public class ArrearsTests
{
    private static DateTimeOffset Utc(int month, int day) => new(2026, month, day, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_month_is_due_at_the_amount_in_force_that_month()
    {
        var clock = new FakeTimeProvider(Utc(1, 10));
        using var harness = new RouterHarness(time: clock);
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Painem\" 12");
        await ketua.SendAsync("/anggota tambah \"Sri\" 13");
        await ketua.SendAsync("/simpanan atur wajib 10rb");
        clock.SetUtcNow(Utc(3, 10));
        await ketua.SendAsync("/anggota tambah \"Budi\" 14");
        await ketua.SendAsync("/simpanan atur wajib 20rb");
        await ketua.SendAsync("/simpanan 0012 wajib 30rb");
        await ketua.SendAsync("/simpanan 0013 wajib 60rb");
        clock.SetUtcNow(Utc(4, 5));

        var arrears = (await ketua.SendAsync("/tunggakan")).Text;

        // January and February at Rp10.000, March (changed that month) and April at Rp20.000: Rp60.000 due, not 4 × Rp20.000.
        Assert.Contains("Tunggakan simpanan wajib (Rp20.000 per bulan sekarang;", arrears);
        Assert.Contains("0012 Painem: kurang Rp30.000 (±2 bulan)", arrears);
        Assert.DoesNotContain("Sri", arrears);
        // Budi joined in March: March and April at Rp20.000.
        Assert.Contains("0014 Budi: kurang Rp40.000", arrears);
        Assert.Contains("2 anggota", arrears);
    }

    [Fact]
    public async Task Months_before_any_amount_was_set_owe_nothing()
    {
        var clock = new FakeTimeProvider(Utc(1, 10));
        using var harness = new RouterHarness(time: clock);
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Painem\" 12");
        clock.SetUtcNow(Utc(6, 1));
        await ketua.SendAsync("/simpanan atur wajib 10rb");

        Assert.Contains("0012 Painem: kurang Rp10.000 (±1 bulan)", (await ketua.SendAsync("/tunggakan")).Text);
    }
}
