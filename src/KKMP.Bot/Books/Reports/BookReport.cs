using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Books.Reports;

/// <summary>An account's balance (debit minus credit) at the start and end of the period, and its movement in it.</summary>
public sealed record AccountBalance(Account Account, long Opening, long Debit, long Credit)
{
    public long Closing => Opening + Debit - Credit;
}

/// <summary>One item's sales in the period.</summary>
public sealed record ItemSales(string Item, string Unit, decimal Quantity, long Revenue, long CostOfSales, decimal UnknownCostQuantity, int Transactions)
{
    public long GrossProfit => Revenue - CostOfSales;
}

/// <summary>One item's stock at the period's end: costed units and their value, and units of unknown cost.</summary>
public sealed record ItemStock(string Item, string Unit, decimal Quantity, decimal KnownQuantity, long Value, decimal UnknownQuantity)
{
    public decimal? AverageCost => KnownQuantity > 0 ? (decimal)Value / KnownQuantity : null;
}

/// <summary>A row of the cash book: one entry, or one day's sales summed.</summary>
public sealed record CashRow(DateOnly Day, string Number, string Description, long In, long Out);

/// <summary>
/// Everything a period's reports show, computed from one projection of the ledger's events: the journal
/// of the period, balances at its start and end, sales per item, stock and its value, the cash book.
/// Sales are summed per day in the journal and the cash book (a year has tens of thousands); /ekspor
/// gives every event.
/// </summary>
public sealed record BookReport(
    CooperativeDoc Cooperative, Period Period, ChartOfAccounts Chart,
    IReadOnlyList<AccountBalance> Balances,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<ItemSales> Sales,
    IReadOnlyList<ItemStock> Stock,
    IReadOnlyList<CashRow> CashBook,
    int SaleTransactions)
{
    public AccountBalance Of(Account account) => Balances.Single(b => b.Account == account);

    /// <summary>Revenue in the period, as a positive number (credit-normal accounts flip the sign).</summary>
    public long PeriodAmount(Account account)
    {
        var b = Of(account);
        return account.DebitNormal ? b.Debit - b.Credit : b.Credit - b.Debit;
    }

    public long SalesRevenue => PeriodAmount(Chart.Sales);
    public long CostOfSales => PeriodAmount(Chart.CostOfSales);
    public long GrossProfit => SalesRevenue - CostOfSales;
    public long OtherIncome => Chart.Accounts.Where(a => a.Type == AccountType.Pendapatan && a != Chart.Sales).Sum(PeriodAmount);
    /// <summary>Every expense but HPP: operating costs and the opname differences.</summary>
    public long Expenses => Chart.Accounts.Where(a => a.Type == AccountType.Beban && a != Chart.CostOfSales).Sum(PeriodAmount);
    public long NetProfit => GrossProfit + OtherIncome - Expenses;
    public long CashOpening => Of(Chart.Cash).Opening;
    public long CashClosing => Of(Chart.Cash).Closing;
    public long InventoryValue => Stock.Sum(s => s.Value);
    public IReadOnlyList<ItemStock> UnknownCostStock => Stock.Where(s => s.UnknownQuantity != 0).ToList();
    public decimal UnknownCostSold => Sales.Sum(s => s.UnknownCostQuantity);

    /// <summary>Revenue minus expenses from the first entry to the period's end (the equity the neraca adds to Modal).</summary>
    public long AccumulatedResult => -Balances.Where(b => b.Account.Type is AccountType.Pendapatan or AccountType.Beban).Sum(b => b.Closing);
}
