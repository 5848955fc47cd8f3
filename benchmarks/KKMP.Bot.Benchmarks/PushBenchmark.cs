using System.Diagnostics;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Push;
using KKMP.Bot.Relay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// 10,000 cooperatives with 3 pengelola each, none with a movement, all due at 17.00 WIB: the time to plan
/// every send, and to claim and enqueue them all (one ledger write each, on disk); then a second run at
/// 17.01, which must find everything claimed. Sending (pacing against a Bot API) is not measured here.
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
            var planner = new PushPlanner(db, new Recaps(db, new Catalog(db), cooperatives), preferences);
            using var claims = new PushClaims(db, new Notices(db, TimeProvider.System), new ConfigurationBuilder().Build(), NullLogger<PushClaims>.Instance);

            planner.Plan(due.AddHours(-2)); // warm-up: nothing due yet, JIT and LiteDB pages
            var plans = new List<double>();
            IReadOnlyList<PlannedPush> planned = [];
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                planned = planner.Plan(due);
                plans.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"plan: {planned.Count:N0} sends, median {Stats.Percentile([.. plans.Order()], 50):F0} ms over 5 runs (goal < 1000 ms)");

            var claim = Stopwatch.StartNew();
            var claimed = 0;
            foreach (var push in planned)
                if (await claims.TryClaimAsync(push)) claimed++;
            Console.WriteLine($"claim + enqueue: {claimed:N0} in {claim.Elapsed.TotalMilliseconds:F0} ms ({claimed / claim.Elapsed.TotalSeconds:N0}/s, one ledger write each)");

            var again = Stopwatch.StartNew();
            var repeated = 0;
            foreach (var push in planner.Plan(due.AddMinutes(1)))
                if (await claims.TryClaimAsync(push)) repeated++;
            Console.WriteLine($"next minute: plan + skip claimed in {again.Elapsed.TotalMilliseconds:F0} ms, {repeated} repeated (must be 0)");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

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
