using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Shu;

/// <summary>
/// A small year worked out by hand, recorded through the real router: revenue Rp100.000, HPP Rp60.000, listrik
/// Rp9.999, so SHU Rp30.001. Painem (0012) bought Rp50.000 and Sri (0013) Rp25.000 "untuk" them; Budi's (0014)
/// purchase was undone. Simpanan wajib at the month ends: Painem Rp10.000 in January then Rp20.000 (230.000 over
/// the year), Sri Rp10.000 all year (120.000). Budi left on 5 February.
/// </summary>
public sealed class ShuYear : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 10, 3, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);
    public RouterHarness Harness { get; }
    public RouterHarness.Sender Ketua { get; }

    private ShuYear()
    {
        Harness = new RouterHarness(time: Clock);
        Ketua = Harness.As("telegram", "ketua", Role.Pengurus);
    }

    /// <param name="loss">Listrik Rp50.000 instead: a loss of Rp10.000.</param>
    /// <param name="rules">Whether the board set the percentages (30/35/15/5/10/5).</param>
    /// <param name="yearEnded">Ask on 15 January 2027 (the year closed); false: on 30 November 2026 (the year so far).</param>
    public static async Task<ShuYear> RecordAsync(bool loss = false, bool rules = true, bool yearEnded = true)
    {
        var year = new ShuYear();
        async Task Send(string text) => Assert.StartsWith("Tercatat", (await year.Ketua.SendAsync(text)).Text);
        await Send("/anggota tambah \"Painem\" 12");
        await Send("/anggota tambah \"Sri Wahyuni\" 13");
        await Send("/anggota tambah \"Budi\" 14");
        if (rules) await Send("/shu atur cadangan 30 jasa-transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 10 lain 5");
        await Send("/kas awal 1jt");
        await Send("/barang tambah teh bungkus");
        await Send("/masuk teh 100 bungkus @3.000");
        await Send("/setharga teh 5.000");
        await Send("/simpanan 0012 wajib 10rb");
        await Send("/simpanan 0013 wajib 10rb");
        await Send("/jual teh 10 bungkus untuk 0012");
        await Send("/jual teh 5 bungkus untuk sri");
        await Send("/jual teh 5 bungkus");
        await Send("/jual teh 2 bungkus untuk 0014");
        Assert.Contains("Dibatalkan", (await year.Ketua.SendAsync("/batal")).Text, StringComparison.OrdinalIgnoreCase);
        year.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 5, 3, 0, 0, TimeSpan.Zero));
        await Send("/simpanan 0012 wajib 10rb");
        await Send(loss ? "/biaya listrik 50rb" : "/biaya listrik 9.999");
        await Send("/anggota keluar 14 pindah desa");
        year.Clock.SetUtcNow(yearEnded ? new DateTimeOffset(2027, 1, 15, 3, 0, 0, TimeSpan.Zero) : new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        return year;
    }

    /// <summary>Links a chat user to member 0012 (Painem) with /undang anggota and /gabung.</summary>
    public async Task<RouterHarness.Sender> PainemAsync()
    {
        var code = (await Ketua.SendAsync("/undang anggota 0012")).Text.Split("/gabung ")[1].Trim();
        var painem = Harness.As("telegram", "painem", Role.Anggota);
        Assert.StartsWith("Selamat bergabung", (await painem.SendAsync($"/gabung {code}")).Text);
        return painem;
    }

    public void Dispose() => Harness.Dispose();
}
