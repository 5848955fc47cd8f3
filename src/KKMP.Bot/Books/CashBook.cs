using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Books;

/// <summary>What the cash looks like when a cash entry is about to be recorded (under the cooperative's lock).</summary>
/// <param name="OpeningTotal">The opening balance as corrected so far (the opening entry plus its corrections).</param>
public sealed record CashState(long Balance, CashEntryDoc? Opening, long OpeningTotal);

/// <summary>What to do with one cash entry, decided while the cooperative's lock is held.</summary>
public abstract record CashPlan
{
    public sealed record Append(CashEntryDoc Entry, Func<long, string> Describe) : CashPlan;
    public sealed record Reject(string Text) : CashPlan;
}

/// <summary>
/// Append-only cash entries (see <see cref="CashEntryDoc"/>). The cash balance is never stored: it is the
/// Kas account of the journal projected from every event, so a sale or a purchase moves it too.
/// </summary>
public sealed class CashBook(LedgerDb db, Catalog catalog, ChartOfAccounts chart, JournalCache journal)
{
    /// <summary>The cash on hand now.</summary>
    public long Balance(string koperasiId) => journal.Read(koperasiId, db.BookLog.Events(koperasiId), p => p.Balance(chart.Cash));

    /// <summary>The opening balance entry, if one was recorded.</summary>
    public CashEntryDoc? Opening(string koperasiId) =>
        db.BookLog.Events(koperasiId).Select(e => e.Cash).FirstOrDefault(c => c?.Kind == CashKind.Opening);

    /// <summary>The opening balance as corrected so far (the opening entry plus its corrections).</summary>
    public long OpeningTotal(string koperasiId) =>
        db.BookLog.Events(koperasiId).Select(e => e.Cash).Where(c => c?.Kind is CashKind.Opening or CashKind.OpeningCorrection).Sum(c => c!.AmountRupiah);

    /// <summary>
    /// Records one cash entry; <paramref name="plan"/> sees the current balance and the opening entry under
    /// the lock, so two expenses cannot both spend the same last rupiah. The reply gets the balance after it.
    /// </summary>
    public WriteResult Record(WriteOrigin origin, Func<CashState, CashPlan> plan) =>
        db.Write(origin, () =>
        {
            var state = StateInWrite(origin.KoperasiId);
            switch (plan(state))
            {
                case CashPlan.Reject reject:
                    return WriteResult.Rejected(reject.Text);
                case CashPlan.Append(var entry, var describe):
                    entry.Key = origin.MessageKey;
                    entry.KoperasiId = origin.KoperasiId;
                    entry.AtTicks = db.MovementClock.Next();
                    entry.Id = MovementIds.FromTicks(entry.AtTicks);
                    entry.Channel = origin.Channel;
                    entry.UserId = origin.UserId;
                    entry.RawText = origin.RawText;
                    entry.Summary = describe(state.Balance + entry.AmountRupiah);
                    db.CashEntries.Insert(entry);
                    db.AfterCommit(() => db.BookLog.Committed(origin.KoperasiId, new BookEvent(null, entry)));
                    return WriteResult.Recorded(entry.Summary);
                default:
                    throw new InvalidOperationException("Unknown cash plan.");
            }
        });

    /// <summary>
    /// The user's newest cash entry within <see cref="StockBook.UndoWindow"/> that is not a reversal and not yet
    /// reversed (what /batal would mirror), or null. Like stock entries: newest first along the primary key.
    /// </summary>
    public CashEntryDoc? LastReversible(WriteOrigin origin)
    {
        var since = MovementIds.AtOrAfter(db.UtcNow - StockBook.UndoWindow);
        var reversed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in db.CashEntries.Query().Where(Query.GTE("_id", since)).OrderByDescending("_id").ToEnumerable())
        {
            if (c.KoperasiId != origin.KoperasiId || c.UserId != origin.UserId || c.Channel != origin.Channel) continue;
            if (c.ReversesKey is { } key) reversed.Add(key);
            else if (!reversed.Contains(c.Key)) return c;
        }
        return null;
    }

    /// <summary>The mirror of <paramref name="original"/>: the same accounts (and member) the other way, so the journal posts its mirror entry.</summary>
    public static CashEntryDoc ReversalOf(CashEntryDoc original) => new()
    {
        Kind = CashKind.Reversal, AmountRupiah = -original.AmountRupiah, AccountCode = original.AccountCode,
        MemberNumber = original.MemberNumber, Note = original.Note, ReversesKey = original.Key,
    };

    /// <summary>Inside a write of this cooperative (its lock held): the cash as committed so far.</summary>
    public CashState StateInWrite(string koperasiId)
    {
        var events = db.BookLog.EventsInWrite(koperasiId);
        var openings = events.Select(e => e.Cash).Where(c => c?.Kind is CashKind.Opening or CashKind.OpeningCorrection).ToList();
        return new CashState(journal.Read(koperasiId, events, p => p.Balance(chart.Cash)),
            openings.FirstOrDefault(c => c!.Kind == CashKind.Opening), openings.Sum(c => c!.AmountRupiah));
    }

    /// <summary>The cooperative's items by id, as the books name them.</summary>
    public Func<int, ItemName> ItemNames(string koperasiId)
    {
        var items = catalog.ListItems(koperasiId).ToDictionary(i => i.Id, i => new ItemName(i.Name, i.BaseUnit));
        return id => items.TryGetValue(id, out var name) ? name : new ItemName($"barang #{id}", "");
    }

    /// <summary>Every cash entry of a cooperative, oldest first (for exports).</summary>
    public IReadOnlyList<CashEntryDoc> Entries(string koperasiId) =>
        db.CashEntries.Find(Query.EQ(nameof(CashEntryDoc.KoperasiId), koperasiId)).OrderBy(c => c.AtTicks).ToList();
}
