using System.Globalization;

namespace KKMP.Bot.Commands.Formatting;

/// <summary>
/// Output the way Indonesians read it: Rp12.500, 2,5 kg, Jumat, 27 November 2026.
/// Day and month names are tables here rather than CultureInfo("id-ID"), so output does not
/// depend on the ICU data installed on the server.
/// </summary>
public static class IndonesianFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>12500 → "Rp12.500"; -12500 → "-Rp12.500".</summary>
    public static string Rupiah(long amount) =>
        (amount < 0 ? "-" : "") + "Rp" + Math.Abs((decimal)amount).ToString("#,0", Numbers);

    /// <summary>2.5 → "2,5"; 1250.5 → "1.250,5"; 2.50 → "2,5" (no trailing zeros).</summary>
    public static string Number(decimal value) => value.ToString("#,0.############################", Numbers);

    /// <summary>(2.5, "kg") → "2,5 kg"; no unit → just the number.</summary>
    public static string Quantity(decimal amount, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? Number(amount) : $"{Number(amount)} {unit}";

    /// <summary>"Jumat, 27 November 2026".</summary>
    public static string Date(DateOnly date) => $"{DayName(date.DayOfWeek)}, {DateWithoutDay(date)}";

    /// <summary>"27 November 2026".</summary>
    public static string DateWithoutDay(DateOnly date) => $"{date.Day} {MonthName(date.Month)} {date.Year}";

    /// <summary>Indonesian writes times with a dot: 14.05.</summary>
    public static string Time(TimeOnly time) => $"{time.Hour:00}.{time.Minute:00}";

    public static string DayName(DayOfWeek day) => Days[(int)day];

    public static string MonthName(int month) => Months[month - 1];
}
