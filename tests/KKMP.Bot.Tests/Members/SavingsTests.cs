using KKMP.Bot.Books;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Members;

/// <summary>/simpanan, /tunggakan and /undang anggota through the real router.</summary>
public class SavingsTests
{
    private static int CashEntries(RouterHarness harness) => harness.Get<LedgerDb>().CashEntries.Count();

    private static async Task<RouterHarness> WithMembers()
    {
        var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Painem\" 12");
        await ketua.SendAsync("/anggota tambah \"Budi\" 13");
        return harness;
    }

    [Fact]
    public async Task Payments_and_withdrawals_are_cash_entries_with_journal_lines_on_the_savings_accounts()
    {
        using var harness = await WithMembers();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);

        Assert.Equal("Tercatat: simpanan pokok 0012 Painem Rp100.000. Simpanan pokok sekarang Rp100.000. Saldo kas Rp100.000.",
            (await kasir.SendAsync("/simpanan 0012 pokok 100rb")).Text);
        Assert.Contains("— November 2026. Simpanan wajib sekarang Rp10.000", (await kasir.SendAsync("/simpanan 0012 wajib 10rb November 2026")).Text);
        await kasir.SendAsync("/simpanan 12 sukarela 75rb");
        Assert.Contains("Sisa simpanan sukarela Rp25.000. Saldo kas Rp135.000", (await kasir.SendAsync("/simpanan 0012 tarik sukarela 50rb")).Text);
        var refused = await kasir.SendAsync("/simpanan 0012 tarik sukarela 30rb");
        Assert.Contains("simpanan sukarela 0012 Painem hanya Rp25.000, tidak bisa ditarik Rp30.000", refused.Text);

        var chart = ChartOfAccounts.Default;
        var books = BookProjection.Run(chart, harness.Get<CashBook>().ItemNames(DemoSeed.KoperasiId), harness.Get<LedgerDb>().BookLog.Events(DemoSeed.KoperasiId));
        Assert.Equal(135_000, books.Balance(chart.Cash));
        // Balances are debit-positive: the savings accounts sit on the credit side.
        Assert.Equal(-100_000, books.Balance(chart.Savings(Bot.Members.SavingsKind.Pokok)));
        Assert.Equal(-10_000, books.Balance(chart.Savings(Bot.Members.SavingsKind.Wajib)));
        Assert.Equal(-25_000, books.Balance(chart.Savings(Bot.Members.SavingsKind.Sukarela)));

        var balances = (await kasir.SendAsync("/simpanan 0012")).Text;
        Assert.Contains("Pokok: Rp100.000\nWajib: Rp10.000\nSukarela: Rp25.000\nJumlah: Rp135.000", balances);
        Assert.Equal(4, CashEntries(harness));
    }

    [Theory]
    [InlineData("/simpanan 0099 wajib 10rb", "Anggota nomor 0099 tidak ada")]
    [InlineData("/simpanan 0012 wajib 0", "harus lebih dari nol")]
    [InlineData("/simpanan 0012 wajib -10rb", "harus lebih dari nol")]
    [InlineData("/simpanan 0012 wajib 999999jt", "terlalu besar")]
    [InlineData("/simpanan 0012 tarik pokok 10rb", "hanya simpanan sukarela yang bisa ditarik")]
    [InlineData("/simpanan 0012 tarik wajib 10rb", "hanya simpanan sukarela yang bisa ditarik")]
    [InlineData("/simpanan 0012 arisan 10rb", "Jenis simpanan \"arisan\" tidak dikenal")]
    [InlineData("/simpanan 0013 wajib 10rb", "sudah keluar")]
    public async Task Bad_savings_input_records_nothing(string text, string expected)
    {
        using var harness = await WithMembers();
        await harness.As("telegram", "ketua", Role.Pengurus).SendAsync("/anggota keluar 13");
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);

        var reply = await kasir.SendAsync(text);

        Assert.Contains(expected, reply.Text);
        Assert.Equal(0, CashEntries(harness));
    }

    [Fact]
    public async Task A_linked_member_sees_only_their_own_savings()
    {
        using var harness = await WithMembers();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        await kasir.SendAsync("/simpanan 0012 wajib 10rb");
        await kasir.SendAsync("/simpanan 0013 sukarela 500rb");
        var code = (await ketua.SendAsync("/undang anggota 0012")).Text.Split("/gabung ")[1].Trim();
        var painem = harness.As("telegram", "painem", Role.Anggota);
        var stranger = harness.As("telegram", "tetangga", Role.Anggota);

        Assert.StartsWith("Selamat bergabung", (await painem.SendAsync($"/gabung {code}")).Text);
        var own = (await painem.SendAsync("simpanan saya berapa?")).Text;
        Assert.Contains("Simpanan 0012 Painem", own);
        Assert.Contains("Wajib: Rp10.000", own);
        Assert.DoesNotContain("Budi", own);
        Assert.Equal(own, (await painem.SendAsync("/simpanan")).Text);
        Assert.StartsWith("Perintah", (await painem.SendAsync("/simpanan 0013")).Text);
        Assert.Contains("belum terhubung", (await stranger.SendAsync("/simpanan")).Text);
    }

    [Fact]
    public async Task Arrears_list_members_behind_on_wajib()
    {
        using var harness = await WithMembers();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        Assert.Contains("belum diatur", (await ketua.SendAsync("/tunggakan")).Text);
        Assert.Equal("Tercatat: simpanan wajib Rp10.000 per bulan, simpanan pokok Rp100.000.", (await ketua.SendAsync("/simpanan atur wajib 10rb pokok 100rb")).Text);
        await ketua.SendAsync("/simpanan 0012 wajib 10rb");

        var arrears = (await ketua.SendAsync("/tunggakan")).Text;

        Assert.Contains("1 anggota", arrears);
        Assert.Contains("0013 Budi: kurang Rp10.000", arrears);
        Assert.DoesNotContain("Painem", arrears);
    }
}
