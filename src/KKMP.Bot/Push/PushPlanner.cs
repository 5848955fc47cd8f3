using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Push;

/// <summary>
/// What is due at an instant, in each cooperative's local time: the posting reminder (its time, when nothing
/// was recorded that local day), the daily close (20.00, when there were sales), the weekly summary (Monday
/// 07.00). Planning repeats every minute; the claim (<see cref="PushClaims"/>) makes each send happen once.
/// </summary>
public sealed class PushPlanner(LedgerDb db, Recaps recaps, PushPreferences preferences)
{
    public static readonly TimeOnly DailyCloseAt = new(20, 0);
    public static readonly TimeOnly WeeklyAt = new(7, 0);

    public IReadOnlyList<PlannedPush> Plan(DateTimeOffset now)
    {
        var cooperatives = db.Cooperatives.FindAll().ToList();
        var zones = cooperatives.Select(c => c.TimeZone).Distinct().ToDictionary(z => z, CooperativeDirectory.FindZone);
        var zoneOf = cooperatives.ToDictionary(c => c.Id, c => zones[c.TimeZone]);
        var activity = TodaysActivity(now, zoneOf);
        var users = db.Users.FindAll().ToLookup(u => u.KoperasiId);
        var planned = new List<PlannedPush>();
        foreach (var cooperative in cooperatives)
        {
            var zone = zones[cooperative.TimeZone];
            var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
            var (day, time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            var due = new List<(PushKind Kind, Func<string> Text)>();
            if (time >= preferences.ReminderTime(cooperative.Id) && !activity.Posted.Contains((cooperative.Id, day)))
                due.Add((PushKind.Posting, () => PostingReminder(cooperative, day)));
            if (time >= DailyCloseAt && activity.Sold.Contains((cooperative.Id, day)))
                due.Add((PushKind.DailyClose, () => RecapHandler.Text(cooperative.Name, recaps.For(cooperative.Id, day))));
            if (local.DayOfWeek == DayOfWeek.Monday && time >= WeeklyAt)
                due.Add((PushKind.Weekly, () => WeeklySummary(cooperative, day)));
            foreach (var (kind, text) in due)
            {
                var stamp = LocalClock.Stamp(now, zone);
                string? body = null; // built once per cooperative, only when someone gets it
                foreach (var user in users[cooperative.Id])
                    if (preferences.Wants(user.Id, user.Role, kind) && !preferences.IsUnreachable(user.Id))
                        planned.Add(new PlannedPush(kind, cooperative.Id, user.Id, day, $"{stamp}\n{body ??= text()}"));
            }
        }
        return planned;
    }

    private static string PostingReminder(CooperativeDoc cooperative, DateOnly day) =>
        $"Hari ini ({Say.Date(day)}) belum ada catatan stok atau penjualan di {cooperative.Name}.\n" +
        $"Catat penjualan: {CommandExamples.Sale}\n" +
        $"Catat hitungan stok: {CommandExamples.StockCount}\n" +
        $"Matikan pengingat ini: /pengingat mati {PushKindInfo.Of(PushKind.Posting).Word}";

    private string WeeklySummary(CooperativeDoc cooperative, DateOnly monday)
    {
        long Sales(DateOnly from) => Enumerable.Range(0, 7).Sum(i => recaps.For(cooperative.Id, from.AddDays(i)).RevenueRupiah);
        var lastWeek = Sales(monday.AddDays(-7));
        var weekBefore = Sales(monday.AddDays(-14));
        var change = weekBefore == 0 ? "" : $", {(lastWeek >= weekBefore ? "naik" : "turun")} {Math.Abs((lastWeek - weekBefore) * 100m / weekBefore):0} % dari minggu sebelumnya";
        var outOfStock = recaps.For(cooperative.Id, monday).Stock.Where(s => s.Quantity <= 0).Select(s => s.ItemName).ToList();
        return $"Ringkasan minggu lalu {cooperative.Name} ({Say.Date(monday.AddDays(-7))} – {Say.Date(monday.AddDays(-1))}):\n" +
               $"Penjualan {Say.Rupiah(lastWeek)}{change}.\n" +
               (outOfStock.Count == 0 ? "Tidak ada barang yang habis." : $"Stok habis: {string.Join(", ", outOfStock)}.");
    }

    /// <summary>Which cooperatives recorded anything, and which sold, on their local day: one scan of the movement ids per time zone.</summary>
    private (HashSet<(string, DateOnly)> Posted, HashSet<(string, DateOnly)> Sold) TodaysActivity(DateTimeOffset now, Dictionary<string, TimeZoneInfo> zoneOf)
    {
        var posted = new HashSet<(string, DateOnly)>();
        var sold = new HashSet<(string, DateOnly)>();
        foreach (var zone in zoneOf.Values.Distinct())
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
            var end = start.AddDays(1).AddTicks(-1);
            foreach (var m in db.Movements.Find(Query.Between("_id", MovementIds.AtOrAfter(start), MovementIds.AtOrAfter(end))))
            {
                if (zoneOf.GetValueOrDefault(m.KoperasiId) != zone) continue; // its day is counted in its own zone
                posted.Add((m.KoperasiId, day));
                if (m.Kind == MovementKind.Sold) sold.Add((m.KoperasiId, day));
            }
        }
        return (posted, sold);
    }
}
