using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Books;

/// <summary>/batal on cash entries (a mirror entry in the journal) and cash going below zero after a YA, through the real router.</summary>
public class CashUndoAndOverdraftTests
{
    private static long Cash(RouterHarness harness) => harness.Get<CashBook>().Balance(DemoSeed.KoperasiId);

    [Fact]
    public async Task Batal_reverses_whichever_of_the_users_stock_or_cash_entries_is_newest_and_the_journal_mirrors_the_cash_entry()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        var other = harness.As("telegram", "lain", Role.Pengelola);
        await kasir.SendAsync("/kas awal 1jt");
        await kasir.SendAsync("/biaya listrik 150rb token");
        await kasir.SendAsync("/jual gula 1 kg");
        await other.SendAsync("/kas masuk 50rb titipan"); // someone else's newer entry is not this user's to undo

        Assert.StartsWith("Dibatalkan: jual gula pasir 1 kg", (await kasir.SendAsync("/batal")).Text);
        Assert.Equal("Dibatalkan: kas keluar Rp150.000 (Beban listrik — token). Saldo kas sekarang Rp1.050.000.", (await kasir.SendAsync("/batal")).Text);
        Assert.StartsWith("Saldo awal kas tidak dibatalkan dengan /batal", (await kasir.SendAsync("/batal")).Text);
        Assert.Equal(1_050_000, Cash(harness));

        var chart = harness.Get<ChartOfAccounts>();
        var reports = harness.Get<BookReports>();
        var today = reports.Today(DemoSeed.KoperasiId);
        var report = reports.Build(DemoSeed.KoperasiId, new Period(today, today, "hari ini"));
        var electricity = chart.Expense("listrik")!;
        var mirror = Assert.Single(report.Journal, e => e.Description == "Pembatalan (Beban listrik): token");
        Assert.Equal([JournalLine.Dr(chart.Cash, 150_000), JournalLine.Cr(electricity, 150_000)], mirror.Lines);
        Assert.Equal(0, report.PeriodAmount(electricity));
        Assert.All(report.Journal, e => Assert.Equal(e.Debits, e.Credits));
    }

    [Fact]
    public async Task Cash_below_zero_asks_first_and_is_recorded_after_YA()
    {
        using var harness = new RouterHarness();
        var kasir = harness.As("telegram", "kasir", Role.Pengelola);
        await kasir.SendAsync("/kas awal 100rb");
        var entries = harness.Get<LedgerDb>().CashEntries.Count();

        var asked = await kasir.SendAsync("/biaya sewa 300rb kios bulan Desember");
        Assert.StartsWith("Catat biaya sewa Rp300.000? Kas menjadi minus: saldo Rp100.000 → -Rp200.000.", asked.Text);
        Assert.Equal(["YA", "BATAL"], asked.SuggestedReplies);
        Assert.Equal(entries, harness.Get<LedgerDb>().CashEntries.Count());

        var recorded = await kasir.SendAsync("YA");
        Assert.Equal("Tercatat: biaya sewa Rp300.000 — kios bulan Desember (akun Beban sewa). Saldo kas sekarang -Rp200.000.", recorded.Text);
        Assert.Equal(-200_000, Cash(harness));

        Assert.StartsWith("Catat biaya listrik Rp50.000? Kas menjadi minus: saldo -Rp200.000 → -Rp250.000.", (await kasir.SendAsync("/biaya listrik 50rb")).Text);
    }
}
