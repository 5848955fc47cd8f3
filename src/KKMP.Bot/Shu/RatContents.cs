using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;

namespace KKMP.Bot.Shu;

/// <summary>One line of the simple cash flow statement (direct method): a section and what the money was for.</summary>
public sealed record CashFlowLine(string Section, string Label, long Amount);

/// <summary>Members at the start and end of the year, and who joined and left in it.</summary>
public sealed record MembershipChanges(int AtStart, int AtEnd, IReadOnlyList<MemberDoc> Joined, IReadOnlyList<MemberDoc> Left);

/// <summary>Everything the RAT pack holds for one financial year (see <see cref="RatWorkbook"/>).</summary>
public sealed record RatContents(
    ShuYearReport Shu, IReadOnlyList<CashFlowLine> CashFlow, IReadOnlyDictionary<int, SavingsBalances> Savings, MembershipChanges Membership)
{
    public BookReport Books => Shu.Books;

    /// <summary>The last day the RAT may be held: six months after the financial year ends (UU 25/1992 Pasal 26 ayat 2).</summary>
    public DateOnly RatDeadline => new DateOnly(Shu.Year, 12, 31).AddMonths(6);

    /// <summary>The annual report is due a month before the RAT (UU 25/1992 Pasal 35); counted from the latest RAT day.</summary>
    public DateOnly AnnualReportDeadline => RatDeadline.AddMonths(-1);
}

/// <summary>Gathers a <see cref="RatContents"/> from the books, the SHU and the register.</summary>
public sealed class RatContentsBuilder(LedgerDb db, ShuCalculator calculator, Savings savings, BookReports reports, ChartOfAccounts chart)
{
    /// <summary>Throws <see cref="PeriodError"/> like <see cref="ShuCalculator.For"/>.</summary>
    public RatContents For(string koperasiId, int year)
    {
        var shu = calculator.For(koperasiId, year);
        var (start, end) = shu.Period.UtcTicks(reports.ZoneOf(koperasiId));
        var balances = savings.AllBalances(db.BookLog.Events(koperasiId), end);
        bool MemberAt(MemberDoc m, long at) => m.JoinedTicks < at && (m.LeftTicks is not { } left || left >= at);
        var membership = new MembershipChanges(
            shu.Register.Count(m => MemberAt(m, start)), shu.Register.Count(m => MemberAt(m, end)),
            shu.Register.Where(m => m.JoinedTicks >= start && m.JoinedTicks < end).ToList(),
            shu.Register.Where(m => m.LeftTicks is { } left && left >= start && left < end).ToList());
        return new RatContents(shu, CashFlow(shu.Books), balances, membership);
    }

    /// <summary>
    /// Cash moved in the year by what it was for: sales and purchases of goods, income and expenses (operasi);
    /// simpanan and modal (pendanaan); transfers with the bank. Each entry's cash goes to the account on its other side.
    /// </summary>
    private List<CashFlowLine> CashFlow(BookReport books)
    {
        var lines = new List<CashFlowLine>();
        foreach (var e in books.Journal)
        {
            var cash = e.Net(chart.Cash);
            if (cash == 0) continue;
            if (e.IsSale) lines.Add(new CashFlowLine(Operations, "Penerimaan dari penjualan", cash));
            else if (e.Kind == EntryKind.Receipt || e.Reverses == EntryKind.Receipt) lines.Add(new CashFlowLine(Operations, "Pembelian barang dagangan", cash));
            else
            {
                var other = e.Lines.First(l => l.Account != chart.Cash).Account;
                var section = other.Type switch
                {
                    AccountType.Pendapatan or AccountType.Beban => Operations,
                    AccountType.Aset => "Kas di bank",
                    _ => "Pendanaan (simpanan anggota, modal, utang)",
                };
                lines.Add(new CashFlowLine(section, other.Name, cash));
            }
        }
        return lines.GroupBy(l => (l.Section, l.Label)).Select(g => new CashFlowLine(g.Key.Section, g.Key.Label, g.Sum(l => l.Amount)))
            .OrderBy(l => l.Section == Operations ? 0 : l.Section.StartsWith("Pendanaan") ? 1 : 2).ThenByDescending(l => l.Amount).ToList();
    }

    private const string Operations = "Kegiatan usaha (operasi)";
}
