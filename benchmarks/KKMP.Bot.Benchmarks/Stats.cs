using System.Diagnostics;

namespace KKMP.Bot.Benchmarks;

/// <summary>Latency percentiles from a list of per-operation timings.</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> sortedMilliseconds, double percentile)
    {
        if (sortedMilliseconds.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sortedMilliseconds.Count) - 1;
        return sortedMilliseconds[Math.Clamp(rank, 0, sortedMilliseconds.Count - 1)];
    }

    public static double ElapsedMilliseconds(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;

    /// <summary>"p50 0.123 ms, p99 0.456 ms, max 1.234 ms" for a list of timings.</summary>
    public static string Summary(List<double> milliseconds)
    {
        milliseconds.Sort();
        return $"p50 {Percentile(milliseconds, 50):F3} ms, p99 {Percentile(milliseconds, 99):F3} ms, max {milliseconds[^1]:F3} ms";
    }

    public static string ManagedMemory() => $"{GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024)} MiB managed, {Environment.WorkingSet / (1024 * 1024)} MiB working set";
}
