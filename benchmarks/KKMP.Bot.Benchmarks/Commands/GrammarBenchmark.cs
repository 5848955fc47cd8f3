using System.Diagnostics;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Benchmarks.Commands;

/// <summary>Parse throughput over a realistic mix of messages, and item matching against a 200-item shop.</summary>
public sealed class GrammarBenchmark : IBenchmark
{
    public string Name => "grammar";

    public string Description => "CommandParser.Parse and ItemNameMatcher.Match throughput and latency";

    private static readonly string[] Messages =
    [
        "/jual gula 2,5 kg", "/jual minyak goreng 2 liter @14.500", "/stok beras 50 kg", "/masuk beras 100 kg @11.500",
        "harga beras berapa?", "brp harga gula", "/setharga beras 12.500/kg", "/rekap kemarin",
        "berapa minimal pendiri koperasi primer?", "/jual beras dua kg", "/jul beras 2", "/barang tambah \"Minyak Goreng\" liter",
    ];

    /// <summary>Shop messages as managers type them (the everyday readers), measured apart so "parse" stays comparable across versions.</summary>
    private static readonly string[] EverydayMessages =
    [
        "td siang kejual tepung 2 kg", "minyak laku 3 liter 👍", "datang beras 2 karung harga 300rb", "sisa gula tinggal 7 kg",
        "ubah harga gula jadi 18rb", "rekapan kemarin dong", "yang terakhir salah, batalkan", "laku tepung 2 kg sama telur 1 kg",
        "masuk telur sepuluh kilo koma lima", "masuk angin pak, libur dulu", "stok beras habis ya?", "tolong catat barang masuk migor 12 liter ya mas",
    ];

    public Task RunAsync(CancellationToken cancellationToken)
    {
        Measure("parse", 200_000, i => CommandParser.Parse(Messages[i % Messages.Length]));
        Measure("parse-everyday", 200_000, i => CommandParser.Parse(EverydayMessages[i % EverydayMessages.Length]));

        var catalogue = Enumerable.Range(0, 200)
            .Select(i => new CatalogueItem($"item-{i}", $"Barang Nomor {i} Ukuran {i % 7}", [$"brg{i}"]))
            .Append(new CatalogueItem("minyak", "Minyak Goreng", ["migor"]))
            .ToList();
        string[] queries = ["minyak", "migor", "minyk gorng", "semen", "barang nomor 17"];
        Measure("match", 5_000, i => ItemNameMatcher.Match(queries[i % queries.Length], catalogue));
        return Task.CompletedTask;
    }

    private static void Measure(string label, int count, Func<int, object> work)
    {
        for (var i = 0; i < Math.Min(count, 1_000); i++) work(i); // warm-up (JIT, regex)
        var timings = new List<double>(count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work(i);
            timings.Add(Stats.ElapsedMilliseconds(start));
        }
        total.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"{label}: {count} ops in {total.Elapsed.TotalSeconds:F2} s = {count / total.Elapsed.TotalSeconds:N0} ops/s, {count / cpuSeconds:N0} ops per CPU-second; {Stats.Summary(timings)}");
    }
}
