using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;

namespace KKMP.Bot.Catalogue;

/// <summary>One item's titip jual sales in a period (reversals netted).</summary>
public sealed record ConsignedItemSales(string Item, string Unit, decimal Quantity, long AgreedValue, long Commission, long Owed);

/// <summary>What one supplier is owed for a period's sales of their goods.</summary>
public sealed record SupplierSettlement(string Supplier, IReadOnlyList<ConsignedItemSales> Items)
{
    public long AgreedValue => Items.Sum(i => i.AgreedValue);
    public long Commission => Items.Sum(i => i.Commission);
    public long Owed => Items.Sum(i => i.Owed);
}

/// <summary>The period's settlement per supplier and what the cooperative still owes all of them at its end.</summary>
public sealed record ConsignmentStatement(Period Period, IReadOnlyList<SupplierSettlement> Suppliers, long PayableAtEnd);

/// <summary>
/// /titip: read from the journal's titip jual entries (<see cref="JournalEntry.Consignment"/>), so the settlement
/// and the books are one computation and a sale undone with /batal leaves both.
/// </summary>
public sealed class ConsignmentSettlements(BookReports reports, CashBook cash, ChartOfAccounts chart)
{
    /// <summary>Throws <see cref="PeriodError"/> when the period ends before the first entry.</summary>
    public ConsignmentStatement For(string koperasiId, Period period)
    {
        var names = cash.ItemNames(koperasiId);
        var view = reports.View(koperasiId, period, names);
        var suppliers = view.Entries.Where(e => e.Consignment is not null).Select(e => e.Consignment!)
            .GroupBy(s => s.Supplier, StringComparer.OrdinalIgnoreCase)
            .Select(bySupplier => new SupplierSettlement(bySupplier.First().Supplier, [.. bySupplier.GroupBy(s => s.ItemId)
                .Select(byItem => new ConsignedItemSales(names(byItem.Key).Name, names(byItem.Key).Unit, byItem.Sum(s => s.Quantity),
                    byItem.Sum(s => s.AgreedValue), byItem.Sum(s => s.Commission), byItem.Sum(s => s.Owed)))
                .Where(i => i.Quantity != 0 || i.Owed != 0)
                .OrderBy(i => i.Item, StringComparer.OrdinalIgnoreCase)]))
            .Where(s => s.Items.Count > 0)
            .OrderBy(s => s.Supplier, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ConsignmentStatement(period, suppliers, -view.Closing[chart.ConsignmentPayable]);
    }
}
