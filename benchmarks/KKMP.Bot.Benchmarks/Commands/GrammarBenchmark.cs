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

    /// <summary>Messages only the guess reads (a story, unmarked money, a loose verb), and ones it must turn down.</summary>
    private static readonly string[] GuessedMessages =
    [
        "td ada ibu2 dari rt 3 beli beras 5 kg, catet ya mas", "telur 2kg 56rb", "gula 3 kg jadi 52.500",
        "barusan nurunin minyak 2 dus dr distributor 180rb/dus", "telur udh abis bu, stok 0", "mulai hari ini migor 16.500 per liter",
        "tadi ada yg beli beras 5 kg sama gula 2 kg", "pak kades ngutang minyak 2 liter", "tadi ibu rt nanya beras",
    ];

    public Task RunAsync(CancellationToken cancellationToken)
    {
        Measure("parse", 200_000, i => CommandParser.Parse(Messages[i % Messages.Length]));
        Measure("parse-everyday", 200_000, i => CommandParser.Parse(EverydayMessages[i % EverydayMessages.Length]));

        // The guess reads against a real (demo) catalogue, as the router does after the grammar gave up.
        var folder = Directory.CreateTempSubdirectory("kkmp-guess-bench-").FullName;
        using (var db = KKMP.Bot.Ledger.LedgerDb.Open(Path.Combine(folder, "kkmp.db")))
        {
            KKMP.Bot.Ledger.DemoSeed.Run(db);
            var guess = new KKMP.Bot.Commands.Guessing.ShopGuess(new KKMP.Bot.Ledger.ItemResolver(new KKMP.Bot.Ledger.Catalog(db)));
            Measure("guess", 100_000, i => guess.Read(KKMP.Bot.Ledger.DemoSeed.KoperasiId, GuessedMessages[i % GuessedMessages.Length]) ?? (object)"none");
        }
        Directory.Delete(folder, recursive: true);

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
