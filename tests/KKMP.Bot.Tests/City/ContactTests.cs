using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.City;

/// <summary>
/// /hubungi and /balas through the real router: a message reaches the other cooperative's pengurus without
/// the sender's name, number or id, and the answer comes back. Web chat users cannot be reached unprompted,
/// so what comes for them is shown with their next reply.
/// </summary>
public class ContactTests
{
    private static async Task<RouterHarness> CityWithSukamajuOpenAsync(FakeTimeProvider? clock = null)
    {
        var harness = CityHarness.Create(clock);
        foreach (var id in new[] { "kkmp-sukamaju", "kkmp-batu" })
            Assert.StartsWith("Tercatat:", (await harness.As("webchat", $"pengurus-{id}", Role.Pengurus, id).SendAsync("/berbagi aktif")).Text);
        harness.As("webchat", "pengurus-kkmp-cuti", Role.Pengurus, "kkmp-cuti"); // never opted in
        return harness;
    }

    [Fact]
    public async Task A_message_reaches_the_other_cooperatives_pengurus_without_the_senders_identity_and_the_reply_comes_back()
    {
        using var harness = await CityWithSukamajuOpenAsync();
        var kasir = harness.As("webchat", "kasir-rahasia-77", Role.Pengelola, "kkmp-aman");
        var board = harness.Stranger("webchat", "pengurus-kkmp-sukamaju");

        var sent = await kasir.SendAsync("/hubungi kkmp-sukamaju Bisa pinjam beras 100 kg sampai Senin?");
        var received = await board.SendAsync("/stok");
        var answered = await board.SendAsync("/balas #1 Bisa, silakan ambil besok pagi.\nBawa karung \"sendiri\" ya.");
        var again = await board.SendAsync("/balas 1 Jam 7.");
        var back = await kasir.SendAsync("/stok");

        Assert.Equal("Pesan Anda dikirim ke pengurus KKMP Sukamaju lewat bot (tanpa nama atau nomor Anda). Balasannya akan dikirim ke sini.", sent.Text);
        Assert.Contains("Pesan #1 dari pengelola KKMP Aman (kkmp-aman), lewat bot:\n«Bisa pinjam beras 100 kg sampai Senin?»\n\nBalas: /balas 1 <pesan>", received.Text);
        Assert.Equal("Balasan untuk pesan #1 dikirim ke pengirimnya.", answered.Text);
        Assert.Equal("Pesan #1 sudah dibalas. Untuk menulis lagi: /hubungi kkmp-aman <pesan>", again.Text);
        Assert.Contains("Balasan pengurus KKMP Sukamaju atas pesan Anda:\n«Bisa pinjam beras 100 kg sampai Senin?»\n\nBisa, silakan ambil besok pagi.\nBawa karung \"sendiri\" ya.", back.Text);
        Assert.DoesNotContain("kasir-rahasia-77", received.Text);
        Assert.DoesNotContain("pengurus-kkmp-sukamaju", back.Text);
    }

    [Fact]
    public async Task Closed_unknown_other_city_own_and_empty_targets_are_refused_with_an_example_and_nothing_is_sent()
    {
        using var harness = await CityWithSukamajuOpenAsync();
        var kasir = harness.As("webchat", "kasir", Role.Pengelola, "kkmp-aman");
        var relay = harness.Get<QuestionRelay>();
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var closed = await kasir.SendAsync("/hubungi kkmp-cuti halo");
        var unknown = await kasir.SendAsync("/hubungi kkmp-sukamju halo");
        var otherCity = await kasir.SendAsync("/hubungi kkmp-batu halo");
        var own = await kasir.SendAsync("/hubungi kkmp-aman halo");
        var empty = await kasir.SendAsync("/hubungi kkmp-sukamaju");
        var notMine = await harness.Stranger("webchat", "pengurus-kkmp-cuti").SendAsync("/balas 1 halo");

        Assert.StartsWith("KKMP Cuti belum membuka diri untuk koperasi lain", closed.Text);
        Assert.EndsWith("jadi pesan tidak dikirim. Lihat yang sudah terbuka dengan /cari beras 100 kg", closed.Text);
        Assert.Equal("Koperasi \"kkmp-sukamju\" tidak ada. Maksudnya kkmp-sukamaju? Contoh: /hubungi kkmp-sukamaju Apakah bisa pinjam beras 100 kg sampai Senin?", unknown.Text);
        Assert.StartsWith("KKMP Batu bukan koperasi kota-mojokerto; pesan lewat bot hanya antar-koperasi sekota. Contoh: /hubungi kkmp-sukamaju", otherCity.Text);
        Assert.StartsWith("KKMP Aman adalah koperasi Anda sendiri", own.Text);
        Assert.Equal("Pesan untuk kkmp-sukamaju belum ditulis. Contoh: /hubungi kkmp-sukamaju Apakah bisa pinjam beras 100 kg sampai Senin?", empty.Text);
        Assert.StartsWith("Pesan #1 tidak ada untuk KKMP Cuti.", notMine.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        Assert.All(new[] { "kkmp-sukamaju", "kkmp-cuti", "kkmp-batu" }, id => Assert.Empty(relay.Open(id)));
    }

    [Fact]
    public async Task Flooding_is_refused_per_sender_until_the_hour_has_passed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));
        using var harness = await CityWithSukamajuOpenAsync(clock);
        var kasir = harness.As("webchat", "kasir", Role.Pengelola, "kkmp-aman");
        for (var i = 1; i <= QuestionRelay.PerHour; i++)
            Assert.StartsWith("Pesan Anda dikirim", (await kasir.SendAsync($"/hubungi kkmp-sukamaju pesan {i}")).Text);

        var flood = await kasir.SendAsync("/hubungi kkmp-sukamaju satu lagi");
        var otherSender = await harness.As("webchat", "kasir-2", Role.Pengelola, "kkmp-aman").SendAsync("/hubungi kkmp-sukamaju dari kasir lain");
        clock.Advance(TimeSpan.FromMinutes(61));
        var later = await kasir.SendAsync("/hubungi kkmp-sukamaju satu lagi");

        Assert.Equal($"Anda sudah mengirim {QuestionRelay.PerHour} pesan lewat bot dalam satu jam terakhir, jadi pesan ini tidak dikirim. Coba lagi nanti.", flood.Text);
        Assert.StartsWith("Pesan Anda dikirim", otherSender.Text);
        Assert.StartsWith("Pesan Anda dikirim", later.Text);
        Assert.Equal(QuestionRelay.PerHour + 2, harness.Get<QuestionRelay>().Open("kkmp-sukamaju").Count);
    }
}
