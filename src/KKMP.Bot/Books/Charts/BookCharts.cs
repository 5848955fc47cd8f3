using KKMP.Bot.Commands.Formatting;
using ScottPlot;

namespace KKMP.Bot.Books.Charts;

/// <summary>One series of a chart: points in time and their values.</summary>
public sealed record ChartSeries(IReadOnlyList<DateTime> Times, IReadOnlyList<double> Values);

/// <summary>
/// PNG charts drawn with ScottPlot, sized for a phone (800×500), with Indonesian labels and numbers
/// ("14.100", "Rp14 rb", "20 Nov"): ScottPlot's own tick labels use English separators.
/// </summary>
public static class BookCharts
{
    public const int Width = 800, Height = 500;
    public const string ContentType = "image/png";

    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

    /// <summary>Revenue per day (or per month for long periods) as bars.</summary>
    public static byte[] Sales(string title, ChartSeries perBucket, bool monthly)
    {
        using var plot = New(title, monthly ? "Bulan" : "Tanggal", "Penjualan (Rp)");
        var positions = perBucket.Times.Select(t => t.ToOADate()).ToArray();
        var bars = plot.Add.Bars(positions, perBucket.Values.ToArray());
        var width = monthly ? 24 : 0.8;
        foreach (var bar in bars.Bars) bar.Size = width;
        bars.Color = Colors.FireBrick;
        Axes(plot, rupiah: true, monthly ? Span.Months : Span.Days);
        plot.Axes.Margins(bottom: 0);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>A value that holds until it changes (a price, a stock level) as a step line.</summary>
    public static byte[] Steps(string title, string valueLabel, ChartSeries series, bool rupiah)
    {
        using var plot = New(title, "Tanggal", valueLabel);
        var line = plot.Add.Scatter(series.Times.Select(t => t.ToOADate()).ToArray(), series.Values.ToArray());
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.Color = Colors.FireBrick;
        line.LineWidth = 2;
        line.MarkerSize = 5;
        var hours = series.Times.Count > 1 && (series.Times[^1] - series.Times[0]).TotalDays < 2;
        Axes(plot, rupiah, hours ? Span.Hours : Span.Days);
        // From zero: a flat price would otherwise fill the height with one repeated tick label.
        plot.Axes.SetLimitsY(0, Math.Max(1, series.Values.Max()) * 1.15);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>
    /// One value per name as horizontal bars (names read on a phone without turning it), first name on top;
    /// a dashed line marks a ceiling and the bars above it are drawn red.
    /// </summary>
    public static byte[] Compare(string title, string valueLabel, IReadOnlyList<(string Name, double Value)> bars, (double Value, string Label)? ceiling)
    {
        using var plot = New(title, valueLabel, "");
        var plotted = plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = bars.Count - i,
            Value = b.Value,
            Label = Rupiah(b.Value),
            FillColor = ceiling is { } c && b.Value > c.Value ? Colors.FireBrick : Colors.SteelBlue,
        }).ToList());
        plotted.Horizontal = true;
        plot.Axes.Left.SetTicks([.. bars.Select((_, i) => (double)(bars.Count - i))], [.. bars.Select(b => b.Name)]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Rupiah };
        if (ceiling is { } line)
        {
            var marker = plot.Add.VerticalLine(line.Value, 2, Colors.Black, LinePattern.Dashed);
            marker.Text = line.Label;
            marker.LabelOppositeAxis = true; // at the top, clear of the rupiah ticks
        }
        plot.Axes.SetLimitsX(0, Math.Max(bars.Max(b => b.Value), ceiling?.Value ?? 0) * 1.15);
        // Room for every name: a city of 50 cooperatives is a tall picture.
        return plot.GetImageBytes(Width, Math.Max(Height, 120 + 22 * bars.Count), ImageFormat.Png);
    }

    private static Plot New(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    private enum Span { Hours, Days, Months }

    private static void Axes(Plot plot, bool rupiah, Span span)
    {
        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => span switch
            {
                Span.Months => $"{ShortMonths[d.Month - 1]} {d:yy}",
                Span.Hours => $"{d.Day} {ShortMonths[d.Month - 1]} {IndonesianFormat.Time(TimeOnly.FromDateTime(d))}",
                _ => $"{d.Day} {ShortMonths[d.Month - 1]}",
            },
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => rupiah ? Rupiah(v) : IndonesianFormat.Number((decimal)Math.Round(v, 3)),
        };
    }

    /// <summary>Short rupiah for an axis: "Rp950", "Rp14 rb", "Rp2,5 jt".</summary>
    public static string Rupiah(double value) => Math.Abs(value) switch
    {
        >= 1_000_000 => $"Rp{IndonesianFormat.Number((decimal)Math.Round(value / 1_000_000, 1))} jt",
        >= 1_000 => $"Rp{IndonesianFormat.Number((decimal)Math.Round(value / 1_000, 1))} rb",
        _ => IndonesianFormat.Rupiah((long)Math.Round(value)),
    };
}
