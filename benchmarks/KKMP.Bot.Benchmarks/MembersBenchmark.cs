using System.Diagnostics;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// A cooperative's year 2026 on disk: 1,000 members (100 joining and 30 leaving during the year), simpanan pokok and
/// 12 months of simpanan wajib (≈ 11,000 payments), 36,500 sales of which 60 % are "untuk" a member, 2,000 receipts and
/// 300 expenses. Asked on 15 January 2027 through the whole router as its pengurus: /shu 2026 (goal &lt; 1 s) and
/// /rat 2026 with its XLSX (goal &lt; 3 s); also a member's /shu saya and /tunggakan.
/// </summary>
public sealed class MembersBenchmark : IBenchmark
{
    private const string Kop = "kkmp-anggota";
    private const int Members = 1_000, Sales = 36_500, Receipts = 2_000, Expenses = 300, ItemCount = 20, Days = 365;
    private const double Attributed = 0.60;
    private static readonly DateTime YearStartUtc = new(2025, 12, 31, 17, 0, 0, DateTimeKind.Utc); // 1 January 2026, 00.00 WIB

    public string Name => "members";
    public string Description => $"{Members:N0} members, 12 months of simpanan, {Sales:N0} sales ({Attributed:P0} attributed): /shu 2026 (< 1 s), /rat 2026 XLSX (< 3 s)";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-bench-members-").FullName;
        try
        {
            var path = Path.Combine(directory, "kkmp.db");
            var watch = Stopwatch.StartNew();
            var (movements, cash) = Seed(path);
            Console.WriteLine($"seeded {movements:N0} movements and {cash:N0} cash entries in {watch.Elapsed.TotalSeconds:F1} s; " +
                              $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");

            await using var host = BuildHost(path);
            var router = host.Services.GetRequiredService<IConversationRouter>();
            var users = host.Services.GetRequiredService<UserDirectory>();
            users.Assign("bench", "ketua", Kop, Role.Pengurus);
            users.Assign("bench", "painem", Kop, Role.Anggota);
            var db = host.Services.GetRequiredService<LedgerDb>();
            var member = db.Members.FindById(MemberDoc.IdOf(Kop, 12));
            member.LinkedUser = MemberRegisterLink("painem");
            db.Members.Update(member);

            var first = await TimeAsync(router, "/shu 2026 first (reads the year's events, projects the journal)", "ketua", "/shu 2026", 1, cancellationToken);
            if (!first.Text.Contains("Jasa transaksi dibagi ke", StringComparison.Ordinal)) throw new InvalidOperationException(first.Text);
            await TimeAsync(router, "/shu 2026", "ketua", "/shu 2026", 10, cancellationToken);
            var rat = await TimeAsync(router, "/rat 2026 (figures + XLSX)", "ketua", "/rat 2026", 5, cancellationToken);
            var own = await TimeAsync(router, "/shu saya (a linked member's estimate)", "painem", "/shu saya 2026", 10, cancellationToken);
            if (!own.Text.StartsWith("PERKIRAAN SHU 0012", StringComparison.Ordinal)) throw new InvalidOperationException(own.Text);
            await TimeAsync(router, "/tunggakan", "ketua", "/tunggakan", 5, cancellationToken);
            Console.WriteLine($"RAT XLSX {rat.Attachments[0].Bytes.Length / 1024:N0} KiB; {Stats.ManagedMemory()}");
            Console.WriteLine(first.Text.Split('\n')[0]);
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static string MemberRegisterLink(string userId) => Bot.Members.MemberRegister.LinkOf("bench", userId);

    private static int _message;

    private static async Task<Reply> TimeAsync(IConversationRouter router, string what, string user, string text, int runs, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        Reply reply = null!;
        // CPU time beside wall time: on a machine shared with other builds, wall time also counts waiting for a core.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            reply = await router.HandleAsync(new IncomingMessage
            {
                Channel = "bench", ChatId = "chat-" + user, UserId = user, Text = text, MessageId = $"m{Interlocked.Increment(ref _message)}",
            }, cancellationToken);
            timings.Add(Stats.ElapsedMilliseconds(start));
        }
        var cpuEach = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        Console.WriteLine(runs == 1 ? $"{what,-66} {timings[0]:F1} ms (CPU {cpuEach:F0} ms)" : $"{what,-66} {Stats.Summary(timings)} (CPU {cpuEach:F0} ms each)");
        return reply;
    }

    /// <summary>The year in time order: each day receipts to the emptiest items, sales of what is on the shelf, wajib payments, an expense.</summary>
    private static (int Movements, int Cash) Seed(string path)
    {
        using var db = LedgerDb.Open(path);
        new CooperativeDirectory(db).Upsert(new CooperativeDoc { Id = Kop, Name = "KKMP Anggota Banyak" });
        var catalog = new Catalog(db);
        var items = Enumerable.Range(0, ItemCount).Select(i =>
        {
            var item = new ItemDoc { Name = $"Barang {i:00}", BaseUnit = "kg" };
            catalog.AddItem(new WriteOrigin(Kop, "seed", "seed", "seed", $"item-{i}", "seed"), item, x => x.Name, x => x.Name);
            return item;
        }).ToList();
        var random = new Random(2026);

        // Members: 900 from before the year, 100 joining during it, 30 leaving during it.
        var joinDay = Enumerable.Range(1, Members).ToDictionary(n => n, n => n <= 900 ? -30 : random.Next(0, Days - 30));
        var leaveDay = Enumerable.Range(1, Members).OrderBy(_ => random.Next()).Take(30).ToDictionary(n => n, n => Math.Max(joinDay[n] + 20, random.Next(60, Days)));
        db.Members.InsertBulk(Enumerable.Range(1, Members).Select(n => new MemberDoc
        {
            Id = MemberDoc.IdOf(Kop, n), KoperasiId = Kop, Number = n, Name = $"Anggota {n:0000}",
            JoinedTicks = YearStartUtc.AddDays(joinDay[n]).Ticks,
            LeftTicks = leaveDay.TryGetValue(n, out var left) ? YearStartUtc.AddDays(left).AddHours(20).Ticks : null,
        }));
        db.SavingsAmounts.Insert(new SavingsAmountsDoc { KoperasiId = Kop, WajibMonthly = 10_000, Pokok = 100_000, AtTicks = YearStartUtc.AddDays(-60).Ticks });
        db.ShuRules.Insert(new ShuRulesDoc
        {
            KoperasiId = Kop, FromYear = 2026, Cadangan = 30, JasaTransaksi = 35, JasaSimpanan = 15, Pendidikan = 5, Insentif = 10, Lain = 5,
            AtTicks = YearStartUtc.AddDays(-30).Ticks,
        });

        var stock = new decimal[ItemCount];
        var cost = items.Select(_ => 8_000L + random.Next(0, 20) * 500).ToArray();
        var (movements, cash) = (new List<MovementDoc>(), new List<CashEntryDoc>());
        long n = 0;
        long Tick(int day, int slot) => YearStartUtc.AddDays(day).AddHours(1).AddSeconds(slot * 20).Ticks + n++;
        cash.Add(Cash(Tick(0, 0), CashKind.Opening, 200_000_000, "301", null));
        var (receiptsLeft, salesLeft, expensesLeft) = (Receipts, Sales, Expenses);
        for (var day = 0; day < Days; day++)
        {
            var slot = 1;
            var date = YearStartUtc.AddHours(7).AddDays(day);
            bool Active(int number) => joinDay[number] <= day && (!leaveDay.TryGetValue(number, out var l) || l > day);
            for (var r = 0; r < (receiptsLeft + (Days - day) - 1) / (Days - day); r++, receiptsLeft--)
            {
                var i = Array.IndexOf(stock, stock.Min());
                const decimal quantity = 60;
                stock[i] += quantity;
                movements.Add(Movement(Tick(day, slot++), i, MovementKind.Received, quantity, quantity * cost[i], null));
            }
            for (var s = 0; s < (salesLeft + (Days - day) - 1) / (Days - day); s++, salesLeft--)
            {
                var quantity = 1 + random.Next(0, 5) * 0.5m;
                var i = random.Next(ItemCount);
                while (stock[i] < quantity) i = (i + 1) % ItemCount;
                stock[i] -= quantity;
                int? buyer = null;
                if (random.NextDouble() < Attributed)
                {
                    var candidate = random.Next(1, Members + 1);
                    while (!Active(candidate)) candidate = candidate % Members + 1;
                    buyer = candidate;
                }
                movements.Add(Movement(Tick(day, slot++), i, MovementKind.Sold, -quantity, quantity * cost[i] * 1.2m, buyer));
            }
            // Pokok on the day a member joins during the year; wajib once a month, spread over days 1–28, 5 % of payments missed.
            foreach (var number in joinDay.Where(j => j.Value == day).Select(j => j.Key))
                cash.Add(Cash(Tick(day, slot++), CashKind.Savings, 100_000, "311", number));
            foreach (var number in Enumerable.Range(1, Members).Where(m => Active(m) && (m % 28) + 1 == date.Day && random.NextDouble() >= 0.05))
                cash.Add(Cash(Tick(day, slot++), CashKind.Savings, 10_000, "312", number));
            for (var c = 0; c < (expensesLeft + (Days - day) - 1) / (Days - day); c++, expensesLeft--)
                cash.Add(Cash(Tick(day, slot++), CashKind.Expense, -(100_000 + random.Next(0, 10) * 25_000), $"60{1 + c % 5}", null));
        }
        db.Movements.InsertBulk(movements);
        db.CashEntries.InsertBulk(cash);
        return (movements.Count, cash.Count);

        MovementDoc Movement(long ticks, int item, MovementKind kind, decimal delta, decimal amount, int? member) => new()
        {
            Id = MovementIds.FromTicks(ticks), AtTicks = ticks, Key = $"telegram:1:{ticks}", KoperasiId = Kop, ItemId = items[item].Id, Kind = kind,
            Delta = delta, AmountRupiah = (long)Math.Round(amount), MemberNumber = member, Channel = "telegram", UserId = "kasir",
            RawText = kind == MovementKind.Sold ? "/jual" : "/masuk", Summary = "Tercatat.",
        };
        CashEntryDoc Cash(long ticks, CashKind kind, long amount, string account, int? member) => new()
        {
            Id = MovementIds.FromTicks(ticks), AtTicks = ticks, Key = $"telegram:1:c{ticks}", KoperasiId = Kop, Kind = kind, AmountRupiah = amount,
            AccountCode = account, MemberNumber = member, Channel = "telegram", UserId = "kasir", RawText = "/simpanan", Summary = "Tercatat.",
        };
    }

    /// <summary>15 January 2027, 10.00 WIB: the year 2026 is closed.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2027, 1, 15, 3, 0, 0, TimeSpan.Zero);
    }

    private static WebApplication BuildHost(string path)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:Path"] = path, ["Ledger:SeedDemo"] = "false" });
        builder.Services.AddSingleton<TimeProvider>(new FixedClock());
        builder.AddLedger();
        builder.AddConversation();
        return builder.Build();
    }
}
