using KKMP.Bot.Books.Charts;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/grafik penjualan|harga|stok: a PNG chart (ScottPlot) with a one-line caption.</summary>
public sealed class ChartHandler(ChartData data, BookReports reports, ItemLookup lookup)
{
    public Reply Chart(CommandContext context, Chart command)
    {
        try
        {
            return command.Kind switch
            {
                ChartKind.Sales => Sales(context, command.Period!),
                _ => ItemChart(context, command),
            };
        }
        catch (PeriodError error)
        {
            return new Reply(error.Message);
        }
    }

    private Reply Sales(CommandContext context, PeriodSpec spec)
    {
        var period = spec.Resolve(reports.Today(context.KoperasiId));
        var series = data.Sales(context.KoperasiId, period, out var monthly);
        var total = (long)series.Values.Sum();
        var png = BookCharts.Sales($"Penjualan {context.Cooperative.Name}, {period.Label}", series, monthly);
        return WithPicture($"Grafik penjualan {period.Label} ({Period.Range(period.From, period.To)}): total {Say.Rupiah(total)}, " +
                           $"per {(monthly ? "bulan" : "hari")}.", $"grafik-penjualan-{period.FileLabel}.png", png);
    }

    private Reply ItemChart(CommandContext context, Chart command)
    {
        if (!lookup.TryResolve(context, command.Item!, out var item, out var reply)) return reply;
        var name = item.Name.ToLowerInvariant();
        var price = command.Kind == ChartKind.Price;
        var series = price ? data.Price(context.KoperasiId, item) : data.Stock(context.KoperasiId, item);
        if (series.Values.Count == 0)
            return new Reply(price
                ? $"Harga {name} belum pernah ditetapkan. Contoh: /setharga {name} 12.500"
                : $"Belum ada catatan stok {name}. Contoh: /masuk {name} 10 {item.BaseUnit} @11.500");
        var png = price
            ? BookCharts.Steps($"Harga jual {item.Name} per {item.BaseUnit}", "Harga (Rp)", series, rupiah: true)
            : BookCharts.Steps($"Stok {item.Name} ({item.BaseUnit})", $"Stok ({item.BaseUnit})", series, rupiah: false);
        var now = series.Values[^1];
        var caption = price
            ? $"Grafik harga {name}: {series.Values.Count - 1} kali ditetapkan, sekarang {Say.Rupiah((long)now)}/{item.BaseUnit}."
            : $"Grafik stok {name}: sekarang {Say.Quantity((decimal)now, item.BaseUnit)}.";
        return WithPicture(caption, $"grafik-{(price ? "harga" : "stok")}-{name.Replace(' ', '-')}.png", png);
    }

    private static Reply WithPicture(string caption, string name, byte[] png) =>
        new(caption) { Attachments = [new Attachment(name, BookCharts.ContentType, png)] };
}
