using System.Diagnostics;
using KKMP.Bot.City;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// A city of 50 cooperatives, each with a year of history (5 items, 6 sales and a delivery a day; five
/// cooperatives went silent three months ago), on disk: /kota and /bandingkan beras through the whole router,
/// as its pembina, and the comparison alone (without drawing its chart). The machine is shared, so each line
/// also gives the process CPU time per run: wall time waits for other processes, CPU time does not.
/// </summary>
public sealed class CityBenchmark : IBenchmark
{
    private const int Cooperatives = 50;
    private const int Runs = 50;

    public string Name => "city";
    public string Description => "/kota (goal < 200 ms) and /bandingkan beras (goal < 100 ms without the chart) for 50 cooperatives with a year of history each";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-city-").FullName;
        try
        {
            var path = Path.Combine(directory, "kkmp.db");
            var start = Stopwatch.GetTimestamp();
            var movements = Seed(path);
            Console.WriteLine($"seeded {Cooperatives} cooperatives, {movements:N0} movements in {Stats.ElapsedMilliseconds(start) / 1000:F1} s");

            using var host = BuildHost(path);
            var router = host.Services.GetRequiredService<IConversationRouter>();
            host.Services.GetRequiredService<UserDirectory>().Assign("bench", "pembina", "kkmp-00", Role.Pembina);
            var begin0 = Stopwatch.GetTimestamp();
            var first = await KotaAsync(router, "warm", cancellationToken);
            Console.WriteLine($"/kota first     {Stats.ElapsedMilliseconds(begin0):F1} ms (JIT, and the newest-first walk for the 5 silent cooperatives)");
            if (!first.StartsWith($"kota-bench: {Cooperatives} koperasi", StringComparison.Ordinal)) throw new InvalidOperationException(first);

            await MeasureAsync("/kota          ", i => KotaAsync(router, $"k{i}", cancellationToken), "goal p50 < 200 ms");

            var compared = await AskAsync(router, "/bandingkan beras", "b-warm", cancellationToken);
            if (!compared.Text.StartsWith("Beras di kota-bench", StringComparison.Ordinal) || compared.Attachments.Count != 1)
                throw new InvalidOperationException(compared.Text);
            var comparison = host.Services.GetRequiredService<CityComparison>();
            await MeasureAsync("/bandingkan (comparison only)", _ => Task.FromResult(comparison.Compare("kota-bench", "beras")!.Rows.Count), "goal p50 < 100 ms");
            await MeasureAsync("/bandingkan (router, with chart)", i => AskAsync(router, "/bandingkan beras", $"b{i}", cancellationToken), "the PNG included");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string> KotaAsync(IConversationRouter router, string id, CancellationToken cancellationToken) =>
        (await AskAsync(router, "/kota", id, cancellationToken)).Text;

    private static Task<Reply> AskAsync(IConversationRouter router, string text, string id, CancellationToken cancellationToken) =>
        router.HandleAsync(new IncomingMessage { Channel = "bench", ChatId = "bench", UserId = "pembina", Text = text, MessageId = id }, cancellationToken);

    /// <summary>Wall time percentiles and the process CPU time per run.</summary>
    private static async Task MeasureAsync<T>(string name, Func<int, Task<T>> run, string note)
    {
        var times = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            await run(i);
            times.Add(Stats.ElapsedMilliseconds(begin));
        }
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
        Console.WriteLine($"{name} {Runs} runs: {Stats.Summary(times)}, CPU {cpuPerRun:F1} ms/run ({note})");
    }

    private static int Seed(string path)
    {
        using var db = LedgerDb.Open(path);
        var directory = new CooperativeDirectory(db);
        var catalog = new Catalog(db);
        var now = DateTime.UtcNow;
        var random = new Random(13);
        var all = new List<MovementDoc>();
        for (var c = 0; c < Cooperatives; c++)
        {
            var id = $"kkmp-{c:00}";
            directory.Upsert(new CooperativeDoc { Id = id, Name = $"KKMP Bench {c:00}", City = "Kota Bench", Province = "Jawa Timur" });
            var items = new[] { ("Beras", "kg", "beras-medium"), ("Minyak Goreng", "liter", "minyakita"), ("Gula", "kg", "gula"), ("Telur", "kg", null), ("Tepung", "kg", null) }
                .Select(x => new ItemDoc { Name = x.Item1, BaseUnit = x.Item2, Commodity = x.Item3, PriceRupiah = 12_000 + random.Next(0, 5_000) })
                .ToList();
            foreach (var item in items)
                catalog.AddItem(new WriteOrigin(id, "seed", "seed", "seed", $"{id}-{item.Name}", "seed"), item, _ => "", _ => "");
            var lastDay = c < 5 ? 90 : 0; // five silent cooperatives
            for (var day = 365; day >= lastDay; day--)
            for (var n = 0; n < 7; n++)
            {
                var item = items[random.Next(items.Count)];
                var at = now.AddDays(-day).AddMinutes(-n * 13 - c);
                var sold = n > 0;
                all.Add(new MovementDoc
                {
                    KoperasiId = id, ItemId = item.Id, Kind = sold ? MovementKind.Sold : MovementKind.Received,
                    Delta = sold ? -1 : 8, AmountRupiah = sold ? item.PriceRupiah!.Value : 0, AtTicks = at.Ticks,
                    Key = $"seed:{id}:{day}:{n}", Channel = "seed", UserId = "seed", Summary = "seed",
                });
            }
        }
        // Movement ids are instants: give each one from its time, oldest first, and unique.
        var ticks = 0L;
        foreach (var m in all.OrderBy(m => m.AtTicks))
        {
            ticks = Math.Max(ticks + 1, m.AtTicks);
            m.AtTicks = ticks;
            m.Id = MovementIds.FromTicks(ticks);
        }
        db.Movements.InsertBulk(all.OrderBy(m => m.AtTicks));
        return all.Count;
    }

    private static WebApplication BuildHost(string path)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:Path"] = path, ["Ledger:SeedDemo"] = "false" });
        builder.AddLedger();
        builder.AddConversation();
        return builder.Build();
    }
}
