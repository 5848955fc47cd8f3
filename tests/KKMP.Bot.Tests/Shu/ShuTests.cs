using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Shu;
using KKMP.Bot.Tests.Knowledge;

namespace KKMP.Bot.Tests.Shu;

/// <summary>/shu 2026 through the real router, against a year worked out by hand (<see cref="ShuYear"/>).</summary>
public class ShuTests
{
    [Fact]
    public async Task The_year_is_split_by_the_art_and_members_share_by_purchases_and_average_wajib()
    {
        using var year = await ShuYear.RecordAsync();

        var reply = (await year.Ketua.SendAsync("/shu 2026")).Text;

        Assert.Contains("tahun 2026 (tahun buku penuh; perkiraan sampai disahkan Rapat Anggota Tahunan): Rp30.001", reply);
        Assert.Contains("penjualan Rp100.000, HPP Rp60.000", reply);
        // 30.001 × 35 % = 10.500,35: the one rupiah left over after rounding down goes to the largest remainder.
        Assert.Contains("Dana cadangan 30 %: Rp9.000\n", reply);
        Assert.Contains("Jasa transaksi anggota (sebanding transaksi) 35 %: Rp10.501\n", reply);
        Assert.Contains("Jasa simpanan anggota (sebanding simpanan wajib) 15 %: Rp4.500\n", reply);
        Assert.Contains("Dana pendidikan perkoperasian 5 %: Rp1.500\n", reply);
        Assert.Contains("Insentif pengurus, pengawas dan pengelola 10 %: Rp3.000\n", reply);
        Assert.Contains("Penggunaan lain (ditetapkan Rapat Anggota) 5 %: Rp1.500\n", reply);
        Assert.Contains("Jasa transaksi dibagi ke 2 anggota", reply);
        Assert.Contains("jasa simpanan ke 2 anggota sebanding rata-rata simpanan wajib akhir bulan (12 bulan)", reply);
        // Jasa transaksi 10.501 × 50/75 = 7.000,67 (+1) and × 25/75 = 3.500,33; jasa simpanan 4.500 × 230/350 = 2.957,14 and × 120/350 = 1.542,86 (+1).
        Assert.Contains("0012 Painem: Rp9.958 (jasa transaksi Rp7.001, jasa simpanan Rp2.957)", reply);
        Assert.Contains("0013 Sri Wahyuni: Rp5.043 (jasa transaksi Rp3.500, jasa simpanan Rp1.543)", reply);
        Assert.DoesNotContain("Budi", reply); // his only purchase was undone and he paid no wajib
        Assert.Contains("/rat 2026", reply);
        Assert.Contains("sisa rupiahnya diberikan satu-satu ke bagian dengan pecahan terbesar", reply);
    }

    [Fact]
    public async Task A_pembina_sees_the_totals_and_never_a_member()
    {
        using var year = await ShuYear.RecordAsync();
        var officer = (await year.Ketua.SendAsync("/shu 2026")).Text;

        var reply = (await year.Harness.As("telegram", "pembina", Role.Pembina).SendAsync("/shu 2026")).Text;

        Assert.Contains("Rp30.001", reply);
        Assert.Contains("Jasa transaksi anggota (sebanding transaksi) 35 %: Rp10.501", reply);
        Assert.Contains("Jasa transaksi dibagi ke 2 anggota", reply);
        foreach (var member in new[] { "Painem", "Sri", "0012", "0013", "Rp9.958", "Rp7.001", "Rp5.043" })
        {
            Assert.Contains(member, officer);
            Assert.DoesNotContain(member, reply);
        }
    }

    [Fact]
    public async Task A_loss_year_is_explained_citing_the_model_ad_and_not_split()
    {
        using var year = await ShuYear.RecordAsync(loss: true);

        var reply = (await year.Ketua.SendAsync("/shu 2026")).Text;

        Assert.Contains("tahun 2026 (tahun buku penuh; perkiraan sampai disahkan Rapat Anggota Tahunan): -Rp10.000", reply);
        Assert.Contains("Tahun 2026 rugi Rp10.000, jadi tidak ada SHU yang dibagi.", reply);
        Assert.Contains($"({ShuCitations.Loss})", reply);
        Assert.Contains("dana cadangan", reply);
        Assert.DoesNotContain("Dana cadangan 30 %", reply);
        Assert.DoesNotContain("Painem", reply);
    }

    [Fact]
    public async Task Without_percentages_the_shu_is_shown_and_the_board_is_told_how_to_set_them()
    {
        using var year = await ShuYear.RecordAsync(rules: false);

        var reply = (await year.Ketua.SendAsync("/shu 2026")).Text;

        Assert.Contains("Rp30.001", reply);
        Assert.Contains("Persentase pembagian SHU untuk tahun 2026 belum diatur.", reply);
        Assert.Contains("/shu atur cadangan 30", reply);
    }

    [Theory]
    [InlineData("/shu 2025", "Belum ada catatan untuk tahun 2025: catatan pertama tanggal 10 Januari 2026. Contoh: /shu 2026")]
    [InlineData("/shu 2028", "Tahun buku 2028 belum dimulai. Contoh: /shu 2027")]
    [InlineData("/shu 1990", "tidak dimengerti")]
    [InlineData("/shu", "Tulis tahunnya")]
    public async Task A_year_without_data_gets_a_clear_reply(string text, string expected)
    {
        using var year = await ShuYear.RecordAsync();
        var before = year.Harness.Get<LedgerDb>().RecordedWrites();

        Assert.Contains(expected, (await year.Ketua.SendAsync(text)).Text);
        Assert.Equal(before, year.Harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public void The_cited_passages_are_in_the_knowledge_base_with_the_rules_the_replies_state()
    {
        Assert.Contains("Dana Cadangan", KnowledgeFixture.Chunk(ShuCitations.Loss).Text);
        Assert.Contains("tahun buku berikutnya", KnowledgeFixture.Chunk(ShuCitations.Loss).Text);
        Assert.Contains("simpanan wajib", KnowledgeFixture.Chunk(ShuCitations.Split).Text);
        Assert.Contains("6 (enam) bulan setelah tahun buku", KnowledgeFixture.Chunk(ShuCitations.RatDeadline).Text);
        Assert.Null(KnowledgeFixture.Chunk(ShuCitations.RatDeadline).AmendmentNote);
    }

    [Fact]
    public async Task A_linked_member_sees_their_own_estimate_for_the_year_so_far_and_nobody_elses()
    {
        using var year = await ShuYear.RecordAsync(yearEnded: false);
        var painem = await year.PainemAsync();

        var own = (await painem.SendAsync("SHU saya berapa?")).Text;

        Assert.StartsWith("PERKIRAAN SHU 0012 Painem, tahun 2026 sampai 30 November 2026: Rp", own);
        Assert.Contains("Ini perkiraan, belum final: SHU baru pasti setelah tutup buku dan disahkan Rapat Anggota Tahunan (RAT).", own);
        Assert.Contains("belanja Anda Rp50.000 dari Rp75.000 belanja semua anggota", own);
        // Eleven month ends so far: Rp10.000 at the end of January, then Rp20.000 → 210.000 / 11 = 19.090,9.
        Assert.Contains("rata-rata simpanan wajib Anda Rp19.091 per akhir bulan (11 bulan)", own);
        Assert.DoesNotContain("Sri", own);
        Assert.DoesNotContain("0013", own);
        Assert.Equal(own, (await painem.SendAsync("/shu saya")).Text);
        Assert.Equal(own, (await painem.SendAsync("shu sy brp ya")).Text);
        Assert.StartsWith("Perintah /shu hanya", (await painem.SendAsync("/shu 2026")).Text);
        Assert.Contains("belum terhubung", (await year.Harness.As("telegram", "tetangga", Role.Anggota).SendAsync("SHU saya berapa?")).Text);
        Assert.Contains("belum terhubung", (await year.Harness.As("telegram", "pembina", Role.Pembina).SendAsync("/shu saya")).Text);
    }

    [Fact]
    public async Task A_members_estimate_for_a_closed_year_matches_the_split()
    {
        using var year = await ShuYear.RecordAsync();
        var painem = await year.PainemAsync();

        var own = (await painem.SendAsync("/shu saya 2026")).Text;

        Assert.StartsWith("PERKIRAAN SHU 0012 Painem, tahun buku 2026: Rp9.958\n• Jasa transaksi Rp7.001", own);
        Assert.Contains("• Jasa simpanan Rp2.957", own);
    }
}
