using KKMP.Bot.Commands.Formatting;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>Short names for the Indonesian formats replies use (Rp12.500, 2,5 kg), plus signed deltas.</summary>
internal static class Say
{
    public static string Rupiah(long amount) => IndonesianFormat.Rupiah(amount);

    public static string Number(decimal value) => IndonesianFormat.Number(value);

    public static string Quantity(decimal value, string unit) => IndonesianFormat.Quantity(value, unit);

    /// <summary>"+2,5 kg" / "-1 kg": a stock difference.</summary>
    public static string Signed(decimal value, string unit) => (value > 0 ? "+" : "") + Quantity(value, unit);

    public static string Date(DateOnly day) => IndonesianFormat.Date(day);
}
