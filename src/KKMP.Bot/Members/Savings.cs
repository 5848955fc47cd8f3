using KKMP.Bot.Books;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Members;

/// <summary>A member's simpanan balances, by kind.</summary>
public sealed record SavingsBalances(long Pokok, long Wajib, long Sukarela)
{
    public long Total => Pokok + Wajib + Sukarela;

    public long this[SavingsKind kind] => kind switch { SavingsKind.Pokok => Pokok, SavingsKind.Wajib => Wajib, _ => Sukarela };
}

/// <summary>
/// Member savings. Each payment or withdrawal is a cash entry of the books (Dr Kas / Cr Simpanan …), tagged
/// with the member number, so balances are sums over the books' own events and nothing is stored twice.
/// </summary>
public sealed class Savings(LedgerDb db, CashBook cash, ChartOfAccounts chart, MemberRegister members, CooperativeDirectory cooperatives, TimeProvider clock)
{
    public SavingsBalances Balances(string koperasiId, int number) => Sum(db.BookLog.Events(koperasiId), number);

    /// <summary>Every member's simpanan entries, by member number.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<CashEntryDoc>> EntriesByMember(string koperasiId) =>
        db.BookLog.Events(koperasiId).Select(e => e.Cash).Where(c => c?.MemberNumber is not null)
            .GroupBy(c => c!.MemberNumber!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<CashEntryDoc>)g.Select(c => c!).ToList());

    public SavingsBalances Sum(IEnumerable<BookEvent> events, int number)
    {
        var entries = events.Select(e => e.Cash).Where(c => c?.MemberNumber == number).ToList();
        long Of(SavingsKind kind) => entries.Where(c => c!.AccountCode == chart.Savings(kind).Code).Sum(c => c!.AmountRupiah);
        return new SavingsBalances(Of(SavingsKind.Pokok), Of(SavingsKind.Wajib), Of(SavingsKind.Sukarela));
    }

    /// <summary>Every member's balances now, in one pass.</summary>
    public IReadOnlyDictionary<int, SavingsBalances> AllBalances(string koperasiId) => AllBalances(db.BookLog.Events(koperasiId), long.MaxValue);

    /// <summary>
    /// The simpanan wajib due from a join instant until now: for each local month from the join month to the current
    /// one, the monthly amount in force in that month, i.e. the last one the board set by the month's end (a change
    /// mid-month applies to that whole month). Months before any amount was set owe nothing.
    /// </summary>
    public Func<long, long> WajibDue(string koperasiId)
    {
        var zone = cooperatives.TimeZoneOf(koperasiId);
        var history = db.SavingsAmounts.Find(Query.EQ(nameof(SavingsAmountsDoc.KoperasiId), koperasiId))
            .Where(a => a.WajibMonthly is not null).OrderBy(a => a.AtTicks).ToList();
        var now = clock.GetUtcNow().UtcTicks;
        DateTime LocalMonth(long ticks)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(ticks, DateTimeKind.Utc), zone);
            return new DateTime(local.Year, local.Month, 1);
        }
        long InForceBy(long ticks) => history.LastOrDefault(a => a.AtTicks < ticks)?.WajibMonthly ?? 0;
        var thisMonth = LocalMonth(now);
        return joinedTicks =>
        {
            long due = 0;
            for (var month = LocalMonth(joinedTicks); month <= thisMonth; month = month.AddMonths(1))
                due += InForceBy(month == thisMonth ? now + 1 : TimeZoneInfo.ConvertTimeToUtc(month.AddMonths(1), zone).Ticks);
            return due;
        };
    }

    /// <summary>Every member's balances from the events before <paramref name="endTicks"/>, in one pass (the RAT pack's year-end list).</summary>
    public IReadOnlyDictionary<int, SavingsBalances> AllBalances(IEnumerable<BookEvent> events, long endTicks)
    {
        var sums = new Dictionary<int, long[]>();
        var kinds = Enum.GetValues<SavingsKind>().ToDictionary(k => chart.Savings(k).Code);
        foreach (var e in events)
        {
            if (e.AtTicks >= endTicks) break;
            if (e.Cash is not { MemberNumber: { } number } c || !kinds.TryGetValue(c.AccountCode, out var kind)) continue;
            if (!sums.TryGetValue(number, out var sum)) sums[number] = sum = new long[3];
            sum[(int)kind] += c.AmountRupiah;
        }
        return sums.ToDictionary(x => x.Key, x => new SavingsBalances(x.Value[0], x.Value[1], x.Value[2]));
    }

    /// <summary>
    /// A payment (positive) or a sukarela withdrawal (negative), checked under the cooperative's lock: the member
    /// must exist and not have left, and a withdrawal can neither exceed the member's sukarela nor the cash.
    /// </summary>
    public WriteResult Record(WriteOrigin origin, int number, SavingsKind kind, long signedAmount, string note, Func<MemberDoc, SavingsBalances, long, string> describe) =>
        cash.Record(origin, state =>
        {
            if (members.Find(origin.KoperasiId, number) is not { } member) return new CashPlan.Reject(MemberRegister.Unknown(number));
            if (member.HasLeft)
                return new CashPlan.Reject($"Tidak dicatat: anggota {member.Code} ({member.Name}) sudah keluar. Simpanan hanya untuk anggota aktif.");
            var before = Sum(db.BookLog.EventsInWrite(origin.KoperasiId), number);
            if (signedAmount < 0 && before[kind] + signedAmount < 0)
                return new CashPlan.Reject(
                    $"Tidak dicatat: simpanan sukarela {member.Code} {member.Name} hanya {Say(before[kind])}, tidak bisa ditarik {Say(-signedAmount)}.");
            if (signedAmount < 0 && state.Balance + signedAmount < 0)
                return new CashPlan.Reject($"Tidak dicatat: kas tidak cukup (saldo kas {Say(state.Balance)}).");
            var after = before with
            {
                Pokok = before.Pokok + (kind == SavingsKind.Pokok ? signedAmount : 0),
                Wajib = before.Wajib + (kind == SavingsKind.Wajib ? signedAmount : 0),
                Sukarela = before.Sukarela + (kind == SavingsKind.Sukarela ? signedAmount : 0),
            };
            return new CashPlan.Append(
                new CashEntryDoc
                {
                    Kind = signedAmount > 0 ? CashKind.Savings : CashKind.SavingsWithdrawal, AmountRupiah = signedAmount,
                    AccountCode = chart.Savings(kind).Code, MemberNumber = number, Note = note,
                },
                cashAfter => describe(member, after, cashAfter));
        });

    /// <summary>The amounts the board set last, or null before any were set.</summary>
    public SavingsAmountsDoc? Amounts(string koperasiId) =>
        db.SavingsAmounts.Find(Query.EQ(nameof(SavingsAmountsDoc.KoperasiId), koperasiId)).OrderBy(a => a.AtTicks).LastOrDefault();

    public WriteResult SetAmounts(WriteOrigin origin, long? wajib, long? pokok, Func<SavingsAmountsDoc, string> describe) =>
        db.Write(origin, () =>
        {
            var last = Amounts(origin.KoperasiId);
            var doc = new SavingsAmountsDoc
            {
                KoperasiId = origin.KoperasiId, WajibMonthly = wajib ?? last?.WajibMonthly, Pokok = pokok ?? last?.Pokok,
                AtTicks = clock.GetUtcNow().UtcTicks,
            };
            db.SavingsAmounts.Insert(doc);
            return WriteResult.Recorded(describe(doc));
        });

    private static string Say(long rupiah) => Commands.Formatting.IndonesianFormat.Rupiah(rupiah);
}
