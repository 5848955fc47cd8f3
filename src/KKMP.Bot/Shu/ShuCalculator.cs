using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;

namespace KKMP.Bot.Shu;

/// <summary>A year's SHU: the books' perhitungan hasil usaha, the rules in force, each member's basis and the split.</summary>
/// <param name="Complete">False for the current year: figures so far, an estimate until the year is closed and the RAT approves it.</param>
/// <param name="Months">The months averaged for jasa simpanan: 12, or the months so far (the current one included).</param>
/// <param name="Division">Null for a loss year (not split) or when no percentages are in force for the year.</param>
public sealed record ShuYearReport(
    int Year, Period Period, bool Complete, int Months, BookReport Books, ShuRulesDoc? Rules,
    IReadOnlyList<MemberDoc> Register, IReadOnlyList<MemberBasis> Bases, ShuDivision? Division)
{
    /// <summary>The SHU is the year's net result in the perhitungan hasil usaha.</summary>
    public long Shu => Books.NetProfit;

    public bool IsLoss => Shu <= 0;
}

/// <summary>Computes <see cref="ShuYearReport"/> from the ledger's events in one pass (a year holds tens of thousands of sales).</summary>
public sealed class ShuCalculator(LedgerDb db, BookReports reports, ShuSettings settings, MemberRegister members, ChartOfAccounts chart)
{
    /// <summary>Throws <see cref="PeriodError"/> (Indonesian, with an example) for a year not begun or one without any record.</summary>
    public ShuYearReport For(string koperasiId, int year)
    {
        var today = reports.Today(koperasiId);
        if (year > today.Year) throw new PeriodError($"Tahun buku {year} belum dimulai. Contoh: /shu {today.Year}");
        var first = reports.FirstDay(koperasiId);
        if (first is null || first.Value.Year > year)
            throw new PeriodError(first is null
                ? "Belum ada catatan pembukuan di koperasi ini, jadi belum ada SHU. Catat dulu, misalnya: /kas awal 1.250.000"
                : $"Belum ada catatan untuk tahun {year}: catatan pertama tanggal {IndonesianFormat.DateWithoutDay(first.Value)}. Contoh: /shu {first.Value.Year}");

        var period = new PeriodSpec.Year(year).Resolve(today);
        var books = reports.Build(koperasiId, period);
        var complete = period.To == new DateOnly(year, 12, 31) && today > period.To;
        var months = period.To.Month;
        var register = members.All(koperasiId);
        var bases = Bases(koperasiId, period, months, register);
        var rules = settings.InForce(koperasiId, year);
        var division = books.NetProfit > 0 && rules is not null ? ShuDivision.Of(books.NetProfit, ShuPercentages.Of(rules), bases) : null;
        return new ShuYearReport(year, period, complete, months, books, rules, register, bases, division);
    }

    /// <summary>
    /// Each member's attributed purchases in the period (a /batal of such a sale subtracts it) and simpanan wajib at
    /// each month's end while a member (the last month ends with the period), by member number.
    /// </summary>
    private List<MemberBasis> Bases(string koperasiId, Period period, int months, IReadOnlyList<MemberDoc> register)
    {
        var zone = reports.ZoneOf(koperasiId);
        var (start, end) = period.UtcTicks(zone);
        var wajib = chart.Savings(SavingsKind.Wajib).Code;
        var purchases = new Dictionary<int, long>();
        var buyerOfSale = new Dictionary<string, int>(StringComparer.Ordinal);
        var wajibEntries = new Dictionary<int, List<(long At, long Amount)>>();
        foreach (var e in db.BookLog.Events(koperasiId))
        {
            if (e.AtTicks >= end) break;
            if (e.Movement is { } m)
            {
                int buyer;
                if (m.Kind == MovementKind.Sold && m.MemberNumber is { } n) buyerOfSale[m.Key] = buyer = n;
                else if (m.Kind == MovementKind.Reversal && m.ReversesKey is { } key && buyerOfSale.TryGetValue(key, out buyer)) { }
                else continue;
                if (m.AtTicks >= start) purchases[buyer] = purchases.GetValueOrDefault(buyer) + m.AmountRupiah;
            }
            else if (e.Cash is { MemberNumber: { } number } c && c.AccountCode == wajib)
            {
                if (!wajibEntries.TryGetValue(number, out var list)) wajibEntries[number] = list = [];
                list.Add((c.AtTicks, c.AmountRupiah));
            }
        }

        var monthEnds = Enumerable.Range(1, months)
            .Select(month => month == months ? end
                : TimeZoneInfo.ConvertTimeToUtc(new DateTime(period.From.Year, month, 1).AddMonths(1), zone).Ticks)
            .ToArray();
        return register.Select(member =>
        {
            long sum = 0, balance = 0;
            var entries = wajibEntries.GetValueOrDefault(member.Number) ?? [];
            var next = 0;
            foreach (var monthEnd in monthEnds)
            {
                while (next < entries.Count && entries[next].At < monthEnd) balance += entries[next++].Amount;
                if (member.JoinedTicks < monthEnd && (member.LeftTicks is not { } left || left >= monthEnd)) sum += balance;
            }
            return new MemberBasis(member.Number, purchases.GetValueOrDefault(member.Number), sum);
        }).ToList();
    }
}
