namespace KKMP.Bot.Books;

/// <summary>One side of a journal entry: an amount on the debit or the credit side of an account.</summary>
public sealed record JournalLine(Account Account, long Debit, long Credit)
{
    public static JournalLine Dr(Account account, long amount) => new(account, amount, 0);
    public static JournalLine Cr(Account account, long amount) => new(account, 0, amount);
}

public enum EntryKind { Sale, Receipt, Count, Cash, Reversal }

/// <summary>
/// A journal entry projected from one event (never stored). Stock events also say which item moved, by
/// how much (the stock delta, base units) and how much of it had no known cost (so its value is missing,
/// not zero). The description is written only when read: a year's projection has tens of thousands of
/// entries and a report shows few of them one by one.
/// </summary>
public sealed record JournalEntry(long AtTicks, string Key, EntryKind Kind, Func<string> Describe, IReadOnlyList<JournalLine> Lines)
{
    private string? _description;

    public JournalEntry(long atTicks, string key, EntryKind kind, string description, IReadOnlyList<JournalLine> lines)
        : this(atTicks, key, kind, () => description, lines) => _description = description;

    public string Description => _description ??= Describe();

    /// <summary>For a reversal: the kind of entry it mirrors.</summary>
    public EntryKind? Reverses { get; init; }
    public int? ItemId { get; init; }
    public decimal StockDelta { get; init; }
    /// <summary>Units taken out of stock whose purchase cost was unknown (so no HPP or selisih could be posted for them).</summary>
    public decimal UnknownCostQuantity { get; init; }
    /// <summary>For a titip jual sale (or its reversal, negated): what the supplier is owed for it.</summary>
    public ConsignmentSale? Consignment { get; init; }

    public DateTime AtUtc => new(AtTicks, DateTimeKind.Utc);

    /// <summary>A sale or the reversal of one.</summary>
    public bool IsSale => Kind == EntryKind.Sale || Reverses == EntryKind.Sale;

    public long Debits => Lines.Sum(l => l.Debit);
    public long Credits => Lines.Sum(l => l.Credit);

    /// <summary>Debit minus credit on one account in this entry.</summary>
    public long Net(Account account) => Lines.Where(l => l.Account == account).Sum(l => l.Debit - l.Credit);
}
