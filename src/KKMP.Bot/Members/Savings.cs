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
public sealed class Savings(LedgerDb db, CashBook cash, ChartOfAccounts chart, MemberRegister members, TimeProvider clock)
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

    /// <summary>
    /// Simpanan wajib still owed on <paramref name="today"/>: the monthly amount for every month since the member
    /// joined (the join month and this month included) minus what they paid. Uses the current monthly amount for
    /// every month: a simplification worth revisiting once amounts change mid-membership.
    /// </summary>
    public static long WajibOwed(DateOnly joined, DateOnly today, long monthly, long paid) =>
        ((today.Year - joined.Year) * 12 + today.Month - joined.Month + 1) * monthly - paid;

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
