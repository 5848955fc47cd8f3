using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Books;

/// <summary>An item as the books name it.</summary>
public sealed record ItemName(string Name, string Unit);

/// <summary>
/// The journal, computed from the ledger's events in time order (it is never stored, so it cannot drift):
/// <list type="bullet">
/// <item>sale: Dr Kas / Cr Penjualan, and Dr HPP / Cr Persediaan at the item's moving-average cost;</item>
/// <item>receipt with a purchase price: Dr Persediaan / Cr Kas (Cr Utang usaha when bought on credit);</item>
/// <item>count (opname) difference: against Selisih persediaan, at the average cost;</item>
/// <item>cash entries: Kas against the account the entry names (Modal, Beban listrik, Kas di bank, …);</item>
/// <item>/batal: the mirror of the entry it reverses;</item>
/// <item>titip jual goods (movements carrying <see cref="MovementDoc.Consignment"/>) are the supplier's, never
/// Persediaan: receiving or counting them posts nothing; a sale is Dr Kas / Cr Utang titip jual (sold × agreed
/// price − commission) / Cr Pendapatan komisi titip jual (the rest: the commission, when sold at the agreed price).</item>
/// </list>
/// After every event the Persediaan account equals the value of the costed units; a difference (only a
/// reversal after prices moved can make one) is posted to Selisih persediaan.
/// </summary>
public sealed class BookProjection(ChartOfAccounts chart, Func<int, ItemName> itemName)
{
    private readonly Dictionary<int, CostLayers> _layers = [];
    private readonly Dictionary<string, Posted> _posted = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _entries = [];
    private readonly Dictionary<Account, long> _balances = [];

    public IReadOnlyList<JournalEntry> Entries => _entries;

    /// <summary>Debit minus credit on an account over every entry so far (Kas: the cash on hand).</summary>
    public long Balance(Account account) => _balances.GetValueOrDefault(account);

    /// <summary>Each item's stock and cost after the events applied so far.</summary>
    public IReadOnlyDictionary<int, CostLayers> Layers => _layers;

    /// <summary>Projects events (oldest first) up to, not including, <paramref name="untilTicks"/>.</summary>
    public static BookProjection Run(ChartOfAccounts chart, Func<int, ItemName> itemName, IEnumerable<BookEvent> events, long untilTicks = long.MaxValue)
    {
        var projection = new BookProjection(chart, itemName);
        foreach (var e in events)
        {
            if (e.AtTicks >= untilTicks) break;
            projection.Apply(e);
        }
        return projection;
    }

    public void Apply(BookEvent e)
    {
        if (e.Movement is { } m) Apply(m);
        else Apply(e.Cash!);
    }

    private void Apply(CashEntryDoc c)
    {
        var other = chart[c.AccountCode];
        var amount = Math.Abs(c.AmountRupiah);
        if (amount == 0) return;
        JournalLine[] lines = c.AmountRupiah > 0
            ? [JournalLine.Dr(chart.Cash, amount), JournalLine.Cr(other, amount)]
            : [JournalLine.Dr(other, amount), JournalLine.Cr(chart.Cash, amount)];
        var what = c.Kind switch
        {
            CashKind.Opening => "Saldo awal kas",
            CashKind.OpeningCorrection => "Koreksi saldo awal kas",
            CashKind.Expense => other.Name,
            CashKind.In => "Kas masuk",
            CashKind.Savings => $"{other.Name} anggota {MemberDoc.FormatNumber(c.MemberNumber ?? 0)}",
            CashKind.SavingsWithdrawal => $"Penarikan {other.Name.ToLowerInvariant()} anggota {MemberDoc.FormatNumber(c.MemberNumber ?? 0)}",
            CashKind.Reversal => $"Pembatalan ({other.Name})",
            _ => "Kas keluar",
        };
        Add(new JournalEntry(c.AtTicks, c.Key, EntryKind.Cash, c.Note.Length > 0 ? $"{what}: {c.Note}" : what, lines));
    }

    private void Apply(MovementDoc m)
    {
        if (m.Consignment is { } terms && m.Kind != MovementKind.Reversal)
        {
            ApplyConsigned(m, terms);
            return;
        }
        if (m is { Kind: MovementKind.Reversal, Consignment: not null, ReversesKey: { } reversed } && !_posted.ContainsKey(reversed))
            return; // the reversal of a titip jual movement outside these books: no stock of the cooperative moved
        var layers = LayersOf(m.ItemId);
        var valueBefore = layers.KnownValue;
        ItemName Item() => itemName(m.ItemId); // only when a description is read
        var lines = new List<JournalLine>();
        CostLayers.Taken? taken = null;
        (decimal Known, decimal Unknown) added = default;
        Func<string> description;
        var kind = m.Kind switch { MovementKind.Sold => EntryKind.Sale, MovementKind.Received => EntryKind.Receipt, MovementKind.Reversal => EntryKind.Reversal, _ => EntryKind.Count };
        EntryKind? reverses = null;
        ConsignmentSale? consignment = null;

        switch (m.Kind)
        {
            case MovementKind.Sold:
                taken = layers.Take(-m.Delta, unknownFirst: true);
                Pair(lines, chart.Cash, chart.Sales, m.AmountRupiah);
                Pair(lines, chart.CostOfSales, chart.Inventory, taken.Value.Value);
                description = () => $"Penjualan {Item().Name} {IndonesianFormat.Quantity(-m.Delta, Item().Unit)}";
                break;
            case MovementKind.Received:
                var cost = m.AmountRupiah != 0 ? m.AmountRupiah : m.UnitPriceRupiah is { } unit ? Rupiah.Times(m.Delta, unit) : (long?)null;
                if (cost is { } paid)
                {
                    layers.AddKnown(m.Delta, paid);
                    added = (m.Delta, 0);
                    Pair(lines, chart.Inventory, m.OnCredit ? chart.Payables : chart.Cash, paid);
                }
                else
                {
                    layers.AddUnknown(m.Delta);
                    added = (0, m.Delta);
                }
                description = () => $"Pembelian {Item().Name} {IndonesianFormat.Quantity(m.Delta, Item().Unit)}" +
                                    (cost is null ? " (harga beli tidak dicatat)" : m.OnCredit ? " (utang)" : "");
                break;
            case MovementKind.Reversal when m.ReversesKey is { } key && _posted.TryGetValue(key, out var original):
                reverses = original.Kind;
                consignment = original.Consignment?.Negated();
                lines.AddRange(original.Lines.Select(l => new JournalLine(l.Account, l.Credit, l.Debit)));
                if (original.Taken is { } back) layers.PutBack(back);
                else if (original.Added.Known + original.Added.Unknown > 0)
                    taken = layers.Take(original.Added.Known + original.Added.Unknown, unknownFirst: original.Added.Unknown > 0);
                description = () => $"Batal: {original.Describe()}";
                break;
            default: // a count, an adjustment, or a reversal of something not in the books
                if (m.Delta < 0)
                {
                    taken = layers.Take(-m.Delta, unknownFirst: true);
                    Pair(lines, chart.InventoryDifference, chart.Inventory, taken.Value.Value);
                }
                else if (layers.AverageCost is { } average)
                {
                    var value = Rupiah.Round(m.Delta * average);
                    layers.AddKnown(m.Delta, value);
                    added = (m.Delta, 0);
                    Pair(lines, chart.Inventory, chart.InventoryDifference, value);
                }
                else
                {
                    layers.AddUnknown(m.Delta);
                    added = (0, m.Delta);
                }
                description = m.CountedQuantity is { } counted
                    ? () => $"Hitung stok {Item().Name} {IndonesianFormat.Quantity(counted, Item().Unit)} (selisih {Signed(m.Delta, Item().Unit)})"
                    : () => $"Penyesuaian stok {Item().Name} {Signed(m.Delta, Item().Unit)}";
                break;
        }

        // Keep Persediaan equal to the value of the costed units (see the class summary).
        var difference = (layers.KnownValue - valueBefore) - lines.Where(l => l.Account == chart.Inventory).Sum(l => l.Debit - l.Credit);
        if (difference > 0) Pair(lines, chart.Inventory, chart.InventoryDifference, difference);
        else if (difference < 0) Pair(lines, chart.InventoryDifference, chart.Inventory, -difference);

        _posted[m.Key] = new Posted(kind, description, lines, taken, added, null);
        Add(new JournalEntry(m.AtTicks, m.Key, kind, description, lines)
        {
            Reverses = reverses, ItemId = m.ItemId, StockDelta = m.Delta,
            UnknownCostQuantity = taken?.UnknownQuantity ?? 0, Consignment = consignment,
        });
    }

    /// <summary>A titip jual movement: the goods stay off Persediaan (their cost layers are never touched).</summary>
    private void ApplyConsigned(MovementDoc m, Ledger.Documents.ConsignmentTerms terms)
    {
        ItemName Item() => itemName(m.ItemId);
        var lines = new List<JournalLine>();
        ConsignmentSale? sale = null;
        EntryKind kind;
        Func<string> description;
        if (m.Kind == MovementKind.Sold)
        {
            kind = EntryKind.Sale;
            sale = ConsignmentSale.Of(m.ItemId, -m.Delta, terms);
            lines.Add(JournalLine.Dr(chart.Cash, m.AmountRupiah));
            lines.Add(JournalLine.Cr(chart.ConsignmentPayable, sale.Owed));
            // The commission, plus (or minus) whatever the shop charged above (or below) the agreed price.
            var income = m.AmountRupiah - sale.Owed;
            if (income > 0) lines.Add(JournalLine.Cr(chart.ConsignmentIncome, income));
            else if (income < 0) lines.Add(JournalLine.Dr(chart.ConsignmentIncome, -income));
            lines.RemoveAll(l => l.Debit == 0 && l.Credit == 0);
            description = () => $"Penjualan titipan {terms.Supplier}: {Item().Name} {IndonesianFormat.Quantity(-m.Delta, Item().Unit)}";
        }
        else
        {
            kind = m.Kind == MovementKind.Received ? EntryKind.Receipt : EntryKind.Count;
            description = () => $"Barang titipan {terms.Supplier} (bukan persediaan koperasi): {Item().Name} {Signed(m.Delta, Item().Unit)}";
        }
        _posted[m.Key] = new Posted(kind, description, lines, null, default, sale);
        Add(new JournalEntry(m.AtTicks, m.Key, kind, description, lines) { ItemId = m.ItemId, StockDelta = m.Delta, Consignment = sale });
    }

    private void Add(JournalEntry entry)
    {
        _entries.Add(entry);
        foreach (var line in entry.Lines) _balances[line.Account] = _balances.GetValueOrDefault(line.Account) + line.Debit - line.Credit;
    }

    private CostLayers LayersOf(int itemId) =>
        _layers.TryGetValue(itemId, out var layers) ? layers : _layers[itemId] = new CostLayers();

    private static void Pair(List<JournalLine> lines, Account debit, Account credit, long amount)
    {
        if (amount == 0) return;
        if (amount < 0) (debit, credit, amount) = (credit, debit, -amount);
        lines.Add(JournalLine.Dr(debit, amount));
        lines.Add(JournalLine.Cr(credit, amount));
    }

    private static string Signed(decimal delta, string unit) => (delta > 0 ? "+" : "") + IndonesianFormat.Quantity(delta, unit);

    /// <summary>What an entry posted and did to the cost layers, so /batal can mirror it.</summary>
    private sealed record Posted(EntryKind Kind, Func<string> Describe, IReadOnlyList<JournalLine> Lines, CostLayers.Taken? Taken,
        (decimal Known, decimal Unknown) Added, ConsignmentSale? Consignment);
}
