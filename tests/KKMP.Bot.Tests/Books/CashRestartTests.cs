using KKMP.Bot.Books;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Books;

public class CashRestartTests
{
    [Fact]
    public void Cash_entries_survive_a_restart_and_later_entries_still_sort_after_them()
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-cash-").FullName;
        var path = Path.Combine(directory, "kkmp.db");
        try
        {
            long firstTicks;
            using (var db = LedgerDb.Open(path))
            {
                var cash = new CashBook(db, new Catalog(db), ChartOfAccounts.Default, new JournalCache(ChartOfAccounts.Default, new Catalog(db)));
                var origin = new WriteOrigin("kop", "test", "c", "u", "m1", "/kas awal 1jt");
                cash.Record(origin, _ => new CashPlan.Append(new CashEntryDoc { Kind = CashKind.Opening, AmountRupiah = 1_000_000, AccountCode = "301" }, a => $"{a}"));
                firstTicks = db.CashEntries.FindAll().Single().AtTicks;
            }
            using (var db = LedgerDb.Open(path))
            {
                var catalog = new Catalog(db);
                var cash = new CashBook(db, catalog, ChartOfAccounts.Default, new JournalCache(ChartOfAccounts.Default, catalog));
                Assert.Equal(1_000_000, cash.Balance("kop"));
                var again = cash.Record(new WriteOrigin("kop", "test", "c", "u", "m1", "/kas awal 1jt"), _ => throw new InvalidOperationException("a repeat runs nothing"));
                Assert.Equal(WriteStatus.AlreadyRecorded, again.Status);
                cash.Record(new WriteOrigin("kop", "test", "c", "u", "m2", "/biaya sewa 1rb"),
                    _ => new CashPlan.Append(new CashEntryDoc { Kind = CashKind.Expense, AmountRupiah = -1_000, AccountCode = "602" }, a => $"{a}"));
                Assert.Equal(999_000, cash.Balance("kop"));
                Assert.True(db.CashEntries.FindAll().Max(c => c.AtTicks) > firstTicks);
            }
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
