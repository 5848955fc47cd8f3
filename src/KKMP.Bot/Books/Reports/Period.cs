using KKMP.Bot.Commands.Formatting;

namespace KKMP.Bot.Books.Reports;

/// <summary>A resolved reporting period: local days <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record Period(DateOnly From, DateOnly To, string Label)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period's bounds as UTC ticks [start, end) in the cooperative's time zone.</summary>
    public (long StartTicks, long EndTicks) UtcTicks(TimeZoneInfo zone) =>
        (TimeZoneInfo.ConvertTimeToUtc(From.ToDateTime(TimeOnly.MinValue), zone).Ticks,
         TimeZoneInfo.ConvertTimeToUtc(To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone).Ticks);

    /// <summary>"2026-11" or "2026-11-20_2026-11-30", for file names.</summary>
    public string FileLabel =>
        From.Day == 1 && To == From.AddMonths(1).AddDays(-1) ? $"{From:yyyy-MM}"
        : From == To ? $"{From:yyyy-MM-dd}"
        : $"{From:yyyy-MM-dd}_{To:yyyy-MM-dd}";

    public static string Range(DateOnly from, DateOnly to) =>
        from == to ? IndonesianFormat.DateWithoutDay(from) : $"{IndonesianFormat.DateWithoutDay(from)} – {IndonesianFormat.DateWithoutDay(to)}";
}

/// <summary>
/// A period as the user wrote it, before it meets the calendar: "hari ini", "kemarin", "minggu ini",
/// "bulan ini", "bulan lalu", "tahun ini", "2026-11", "November 2026", "2026", "20/11-30/11".
/// </summary>
public abstract record PeriodSpec
{
    public sealed record Today : PeriodSpec;
    public sealed record Yesterday : PeriodSpec;
    public sealed record ThisWeek : PeriodSpec;
    public sealed record ThisMonth : PeriodSpec;
    public sealed record LastMonth : PeriodSpec;
    public sealed record ThisYear : PeriodSpec;
    public sealed record Month(int YearNumber, int MonthNumber) : PeriodSpec;
    public sealed record Year(int Number) : PeriodSpec;
    /// <summary>Days with or without a year (a day without a year is its latest occurrence up to today).</summary>
    public sealed record Between(int FromDay, int FromMonth, int? FromYear, int ToDay, int ToMonth, int? ToYear) : PeriodSpec;

    /// <summary>
    /// The days meant, given today in the cooperative's zone; a future or reversed period is an error
    /// (Indonesian, with an example). A period that reaches past today is cut at today.
    /// </summary>
    public Period Resolve(DateOnly today)
    {
        var (from, to, label) = this switch
        {
            Today => (today, today, $"hari ini, {IndonesianFormat.DateWithoutDay(today)}"),
            Yesterday => (today.AddDays(-1), today.AddDays(-1), $"kemarin, {IndonesianFormat.DateWithoutDay(today.AddDays(-1))}"),
            ThisWeek => (today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today, "minggu ini"),
            ThisMonth => (new DateOnly(today.Year, today.Month, 1), today, MonthLabel(today.Year, today.Month)),
            LastMonth => MonthRange(today.AddMonths(-1).Year, today.AddMonths(-1).Month),
            ThisYear => (new DateOnly(today.Year, 1, 1), today, $"tahun {today.Year}"),
            Month(var y, var m) => MonthRange(y, m),
            Year(var y) => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), $"tahun {y}"),
            Between b => Days(b, today),
            _ => throw new InvalidOperationException("Unknown period."),
        };
        if (from > to)
            throw new PeriodError($"Periode terbalik: {IndonesianFormat.DateWithoutDay(from)} sesudah {IndonesianFormat.DateWithoutDay(to)}. " +
                                  "Tulis tanggal awal dulu. Contoh: /laporan 20/11-30/11");
        if (from > today)
            throw new PeriodError($"Periode {Period.Range(from, to)} belum terjadi. Contoh: /laporan bulan ini atau /laporan bulan lalu");
        if (to > today) to = today;
        return new Period(from, to, label ?? Period.Range(from, to));
    }

    private static (DateOnly, DateOnly, string?) MonthRange(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), MonthLabel(year, month));

    private static string MonthLabel(int year, int month) => $"{IndonesianFormat.MonthName(month)} {year}";

    private static (DateOnly, DateOnly, string?) Days(Between b, DateOnly today)
    {
        var to = b.ToYear is { } ty ? new DateOnly(ty, b.ToMonth, b.ToDay) : Latest(today, b.ToDay, b.ToMonth);
        // A start without a year is in the end's year: "20/11-30/11" is one stretch, never thirteen months.
        var fromYear = b.FromYear ?? to.Year;
        if (b.FromDay > DateTime.DaysInMonth(fromYear, b.FromMonth))
            throw new PeriodError($"Tanggal {b.FromDay}/{b.FromMonth}/{fromYear} tidak ada. Contoh: /laporan 20/11-30/11");
        return (new DateOnly(fromYear, b.FromMonth, b.FromDay), to, null);
    }

    private static DateOnly Latest(DateOnly today, int day, int month)
    {
        for (var year = today.Year; ; year--)
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date <= today)
                return date;
    }
}

/// <summary>A period that cannot be reported; the message is the Indonesian reply.</summary>
public sealed class PeriodError(string message) : Exception(message);
