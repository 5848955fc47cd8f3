using System.Diagnostics;
using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;
using KKMP.Bot.Push;
using KKMP.Bot.Relay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// 10,000 cooperatives with 3 pengelola each, none with a movement, all due at 17.00 WIB: the time to plan
/// every send, and to claim and enqueue them all (on disk); then a second run at 17.01, which must find
/// everything claimed, and a run by a restarted process, which must too. Sending is the push-send benchmark.
/// </summary>
public sealed class PushBenchmark : IBenchmark
{
    private const int Cooperatives = 10_000;
    private const int ManagersEach = 3;

    public string Name => "push";
    public string Description => "plan and claim 30,000 reminders due at 17.00 (10,000 cooperatives × 3 pengelola)";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-bench-push-").FullName;
        try
        {
            var due = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero); // 17.00 WIB
            using var db = LedgerDb.Open(Path.Combine(directory, "kkmp.db"));
            Seed(db);
            var cooperatives = new CooperativeDirectory(db);
            var preferences = new PushPreferences(db, TimeProvider.System);
            var catalog = new Catalog(db);
            var journal = new JournalCache(ChartOfAccounts.Default, catalog);
            var cash = new CashBook(db, catalog, ChartOfAccounts.Default, journal);
            var books = new BookReports(db, cash, ChartOfAccounts.Default, cooperatives, catalog, journal, TimeProvider.System);
            var members = new MemberRegister(db, TimeProvider.System);
            var planner = new PushPlanner(db, new Recaps(db, catalog, cooperatives), preferences, books, members,
                new Savings(db, cash, ChartOfAccounts.Default, members, cooperatives, TimeProvider.System), Options.Create(new PushOptions()));
            using var claims = new PushClaims(db, new Notices(db, TimeProvider.System), new ConfigurationBuilder().Build(), NullLogger<PushClaims>.Instance);

            planner.Plan(due.AddHours(-2)); // warm-up: nothing due yet, JIT and LiteDB pages
            var plans = new List<double>();
            IReadOnlyList<PlannedPush> planned = [];
            var planCpu = Cpu();
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                planned = planner.Plan(due);
                plans.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"plan: {planned.Count:N0} sends, median {Stats.Percentile([.. plans.Order()], 50):F0} ms over 5 runs, CPU {(Cpu() - planCpu) / 5:F0} ms each (goal < 1000 ms)");

            var cpu = Cpu();
            var claim = Stopwatch.StartNew();
            var claimed = (await claims.ClaimAsync(planned)).Count;
            Console.WriteLine($"claim + enqueue: {claimed:N0} in {claim.Elapsed.TotalMilliseconds:F0} ms ({claimed / claim.Elapsed.TotalSeconds:N0}/s, " +
                              $"{PushClaims.ChunkSize:N0} per transaction), CPU {Cpu() - cpu:F0} ms (goal < 1000 ms)");

            cpu = Cpu();
            var again = Stopwatch.StartNew();
            var repeated = (await claims.ClaimAsync(planner.Plan(due.AddMinutes(1)))).Count;
            Console.WriteLine($"next minute: plan + skip claimed in {again.Elapsed.TotalMilliseconds:F0} ms (CPU {Cpu() - cpu:F0} ms), {repeated} repeated (must be 0)");

            // A restart: a new process remembers nothing, so every key is looked up in the ledger once.
            using var restarted = new PushClaims(db, new Notices(db, TimeProvider.System), new ConfigurationBuilder().Build(), NullLogger<PushClaims>.Instance);
            cpu = Cpu();
            var afterRestart = Stopwatch.StartNew();
            var repeatedAfterRestart = (await restarted.ClaimAsync(planner.Plan(due.AddMinutes(2)))).Count;
            Console.WriteLine($"after a restart: plan + look up claimed in {afterRestart.Elapsed.TotalMilliseconds:F0} ms (CPU {Cpu() - cpu:F0} ms), {repeatedAfterRestart} repeated (must be 0)");
            Breakdown(Path.Combine(directory, "breakdown.db"), planned);
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Where a claim run's time goes, on a fresh ledger file: the same 30 transactions of 1,000 notices (the
    /// one document a send writes) split into inserting and committing, then the same documents into a
    /// collection without the notices' DeliveredUtc index.
    /// </summary>
    private static void Breakdown(string path, IReadOnlyList<PlannedPush> planned)
    {
        using var db = LedgerDb.Open(path);
        foreach (var (name, collection) in new[] { ("notices (DeliveredUtc index)", db.Notices), ("no secondary index", db.Database.GetCollection<NoticeDoc>("bench_plain")) })
        {
            var insert = new Stopwatch();
            var commit = new Stopwatch();
            var cpu = Cpu();
            foreach (var chunk in planned.Chunk(PushClaims.ChunkSize))
            {
                db.Database.BeginTrans();
                insert.Start();
                foreach (var push in chunk)
                    collection.Insert(new NoticeDoc { Channel = "telegram", UserId = push.UserKey, Text = push.Text, CreatedUtc = DateTime.UtcNow });
                insert.Stop();
                commit.Start();
                db.Database.Commit();
                commit.Stop();
            }
            Console.WriteLine($"breakdown, {planned.Count:N0} bare notice inserts into {name}: insert {insert.Elapsed.TotalMilliseconds:F0} ms, " +
                              $"commit {commit.Elapsed.TotalMilliseconds:F0} ms ({planned.Count / PushClaims.ChunkSize} commits), CPU {Cpu() - cpu:F0} ms");
        }
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static void Seed(LedgerDb db)
    {
        db.Database.BeginTrans();
        for (var c = 0; c < Cooperatives; c++)
        {
            var id = $"kkmp-{c:D5}";
            db.Cooperatives.Insert(new CooperativeDoc { Id = id, Name = $"KKMP {c}", TimeZone = "Asia/Jakarta" });
            for (var u = 0; u < ManagersEach; u++)
                db.Users.Insert(new UserDoc { Id = UserDoc.KeyOf(ChannelNames.Telegram, $"{c * 10 + u}"), KoperasiId = id, Role = Role.Pengelola });
        }
        db.Database.Commit();
    }
}
