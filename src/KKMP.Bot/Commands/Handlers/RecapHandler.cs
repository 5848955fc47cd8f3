using System.Text;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/rekap [kemarin|YYYY-MM-DD]: one local day's sales per item, revenue, stock, and items below their minimum.</summary>
public sealed class RecapHandler(Recaps recaps)
{
    public Reply Recap(CommandContext context, Recap command)
    {
        var today = recaps.Today(context.KoperasiId);
        if (command.Day is RecapDay.InPeriod(var spec))
        {
            Books.Reports.Period period;
            try
            {
                period = spec.Resolve(today);
            }
            catch (Books.Reports.PeriodError error)
            {
                return new Reply(error.Message.Replace("/laporan", "/rekap", StringComparison.Ordinal));
            }
            return new Reply(Text(context.Cooperative.Name, recaps.Over(context.KoperasiId, period.From, period.To), period.Label));
        }
        var day = DayOf(command.Day, today);
        if (day > today) return new Reply($"Tanggal {Say.Date(day)} belum terjadi. Contoh: /rekap kemarin atau /rekap {today.AddDays(-1):yyyy-MM-dd}");

        return new Reply(Text(context.Cooperative.Name, recaps.For(context.KoperasiId, day)));
    }

    /// <summary>The /rekap text of one day (also the daily close the bot sends pengurus at 20:00).</summary>
    /// <param name="periodLabel">For a recap over several days ("minggu ini"); a single day is named by its date.</param>
    public static string Text(string cooperativeName, DailyRecap recap, string? periodLabel = null)
    {
        var text = new StringBuilder($"Rekap {cooperativeName}, {periodLabel ?? Say.Date(recap.Day)}:\n");
        if (recap.Sales.Count == 0) text.Append("Belum ada penjualan.\n");
        foreach (var line in recap.Sales)
            text.Append($"• {line.ItemName}: {Say.Quantity(line.QuantitySold, line.Unit)} = {Say.Rupiah(line.RevenueRupiah)}\n");
        text.Append($"Total penjualan: {Say.Rupiah(recap.RevenueRupiah)}\n");
        text.Append("Stok sekarang: ").Append(string.Join(", ", recap.Stock.Select(s => $"{s.ItemName} {Say.Quantity(s.Quantity, s.Unit)}"))).Append('\n');
        text.Append(recap.LowStock.Count == 0
            ? "Semua stok di atas batas minimum."
            : "Stok menipis: " + string.Join(", ", recap.LowStock.Select(s => $"{s.ItemName} {Say.Quantity(s.Quantity, s.Unit)} (minimum {Say.Quantity(s.LowStockLevel!.Value, s.Unit)})")));
        return text.ToString();
    }

    /// <summary>The local day a typed day means, given today.</summary>
    internal static DateOnly DayOf(RecapDay day, DateOnly today) => day switch
    {
        RecapDay.Yesterday => today.AddDays(-1),
        RecapDay.On(var date) => date,
        RecapDay.OnDayMonth(var d, var m) => LatestUpTo(today, d, m),
        _ => today,
    };

    /// <summary>The latest day-month on or before today: "28/11" in January is last November; 29/2 is the last leap year's.</summary>
    private static DateOnly LatestUpTo(DateOnly today, int day, int month)
    {
        for (var year = today.Year; ; year--)
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date <= today)
                return date;
    }
}
