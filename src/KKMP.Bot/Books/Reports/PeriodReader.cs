using System.Globalization;
using System.Text.RegularExpressions;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Books.Reports;

/// <summary>Reads the period words of /laporan, /ekspor and /grafik (no clock: <see cref="PeriodSpec.Resolve"/> meets the calendar).</summary>
public static partial class PeriodReader
{
    public const string Help = "hari ini, kemarin, minggu ini, bulan ini, bulan lalu, tahun ini, 2026-11, November 2026, 2026 atau 20/11-30/11";

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?\s*(?:-|–|s/?d|sampai)\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoDay();

    private static readonly string[][] MonthNames =
    [
        ["januari", "jan"], ["februari", "feb", "pebruari"], ["maret", "mar"], ["april", "apr"], ["mei"], ["juni", "jun"],
        ["juli", "jul"], ["agustus", "agu", "agt", "ags", "agst"], ["september", "sep", "sept"], ["oktober", "okt"],
        ["november", "nov", "nop"], ["desember", "des"],
    ];

    /// <summary>The period, or a <see cref="GrammarError"/> naming the forms understood (with <paramref name="example"/>).</summary>
    public static PeriodSpec Read(string text, string example, PeriodSpec? whenEmpty = null)
    {
        var t = Regex.Replace(text.Trim().ToLowerInvariant(), @"\s+", " ");
        switch (t)
        {
            case "": return whenEmpty ?? new PeriodSpec.ThisMonth();
            case "hari ini" or "hariini" or "sekarang": return new PeriodSpec.Today();
            case "kemarin" or "kmrn" or "kemaren": return new PeriodSpec.Yesterday();
            case "minggu ini" or "pekan ini": return new PeriodSpec.ThisWeek();
            case "bulan ini" or "bln ini": return new PeriodSpec.ThisMonth();
            case "bulan lalu" or "bln lalu" or "bulan kemarin": return new PeriodSpec.LastMonth();
            case "tahun ini" or "thn ini": return new PeriodSpec.ThisYear();
        }
        if (YearMonth().Match(t) is { Success: true } ym && Month(int.Parse(ym.Groups[2].Value)) is { } m1 && Year(ym.Groups[1].Value) is { } y1)
            return new PeriodSpec.Month(y1, m1);
        if (t.Split(' ') is [var name, var yearText] && MonthIndex(name) is { } m2 && Year(yearText) is { } y2)
            return new PeriodSpec.Month(y2, m2);
        if (Year(t) is { } y3) return new PeriodSpec.Year(y3);
        if (IsoDay().Match(t) is { Success: true } iso && DateOnly.TryParseExact(t, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            _ = iso;
            return new PeriodSpec.Between(day.Day, day.Month, day.Year, day.Day, day.Month, day.Year);
        }
        if (DayRange().Match(t) is { Success: true } r)
        {
            int G(int i) => int.Parse(r.Groups[i].Value, CultureInfo.InvariantCulture);
            int? Gy(int i) => r.Groups[i].Success ? Year(r.Groups[i].Value) ?? throw Unknown(text, example) : null;
            var (fd, fm, fy, td, tm, ty) = (G(1), G(2), Gy(3), G(4), G(5), Gy(6));
            if (!RealDay(fd, fm, fy) || !RealDay(td, tm, ty)) throw Unknown(text, example);
            return new PeriodSpec.Between(fd, fm, fy, td, tm, ty);
        }
        throw Unknown(text, example);
    }

    private static GrammarError Unknown(string text, string example) =>
        GrammarError.With($"Periode \"{text.Trim()}\" tidak dikenali; tulis {Help}.", example);

    private static int? Month(int month) => month is >= 1 and <= 12 ? month : null;

    private static int? MonthIndex(string word)
    {
        var index = Array.FindIndex(MonthNames, names => names.Contains(word));
        return index < 0 ? null : index + 1;
    }

    private static int? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2020 and <= 2100 ? y : null;

    private static bool RealDay(int day, int month, int? year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month);
}
