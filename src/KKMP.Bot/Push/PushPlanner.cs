using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;
using Microsoft.Extensions.Options;
using LiteDB;

namespace KKMP.Bot.Push;

/// <summary>
/// What is due at an instant, in each cooperative's local time: the posting reminder (its time, when nothing
/// was recorded that local day), the daily close (20.00, when there were sales), the weekly summary (Monday
/// 07.00), simpanan due (08.00 on the due day, to each linked member who still owes). Planning repeats every minute; the claim (<see cref="PushClaims"/>) makes each send happen once.
/// </summary>
public sealed class PushPlanner(LedgerDb db, Recaps recaps, PushPreferences preferences, BookReports books, MemberRegister members, Savings savings,
    IOptions<PushOptions> options)
{
    public static readonly TimeOnly DailyCloseAt = new(20, 0);
    public static readonly TimeOnly WeeklyAt = new(7, 0);
    public static readonly TimeOnly SimpananDueAt = new(8, 0);

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
            if (local.Day == Math.Min(options.Value.SimpananDueDay, DateTime.DaysInMonth(day.Year, day.Month)) && time >= SimpananDueAt)
                planned.AddRange(SimpananDue(cooperative, day, LocalClock.Stamp(now, zone)));
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

    /// <summary>
    /// Each linked member who still owes simpanan wajib (<see cref="Savings.WajibDue"/>, the /tunggakan rule), whatever
    /// their role in the chat: a pengurus is a member too.
    /// </summary>
    private IEnumerable<PlannedPush> SimpananDue(CooperativeDoc cooperative, DateOnly day, string stamp)
    {
        if (savings.Amounts(cooperative.Id)?.WajibMonthly is not { } monthly || monthly <= 0) yield break;
        var due = savings.WajibDue(cooperative.Id);
        var paid = savings.AllBalances(cooperative.Id);
        foreach (var member in members.All(cooperative.Id))
        {
            if (member.HasLeft || member.LinkedUser is not { } user) continue;
            if (!preferences.Wants(user, Role.Anggota, PushKind.SimpananDue) || preferences.IsUnreachable(user)) continue;
            var owed = due(member.JoinedTicks) - (paid.GetValueOrDefault(member.Number)?.Wajib ?? 0);
            if (owed <= 0) continue;
            yield return new PlannedPush(PushKind.SimpananDue, cooperative.Id, user, day,
                $"{stamp}\nSimpanan wajib {IndonesianFormat.MonthName(day.Month)} {day.Year} jatuh tempo hari ini: {Say.Rupiah(monthly)} per bulan.\n" +
                $"Yang belum dibayar: {Say.Rupiah(owed)} (anggota {member.Code} {member.Name}).\n" +
                $"Cara membayar: serahkan ke pengelola atau bendahara {cooperative.Name}; mereka mencatatnya dengan " +
                $"/simpanan {member.Code} wajib {IndonesianFormat.Number(Math.Min(owed, monthly))} {IndonesianFormat.MonthName(day.Month)} {day.Year}\n" +
                $"Lihat simpanan Anda: {SavingsRules.OwnExample}\n" +
                $"Matikan pesan ini: /pengingat mati {PushKindInfo.Of(PushKind.SimpananDue).Word}");
        }
    }

    private string WeeklySummary(CooperativeDoc cooperative, DateOnly monday)
    {
        long Sales(DateOnly from) => Enumerable.Range(0, 7).Sum(i => recaps.For(cooperative.Id, from.AddDays(i)).RevenueRupiah);
        var lastWeek = Sales(monday.AddDays(-7));
        var weekBefore = Sales(monday.AddDays(-14));
        var change = weekBefore == 0 ? "" : $", {(lastWeek >= weekBefore ? "naik" : "turun")} {Math.Abs((lastWeek - weekBefore) * 100m / weekBefore):0} % dari minggu sebelumnya";
        var outOfStock = recaps.For(cooperative.Id, monday).Stock.Where(s => s.Quantity <= 0).Select(s => s.ItemName).ToList();
        return $"Ringkasan minggu lalu {cooperative.Name} ({Say.Date(monday.AddDays(-7))} – {Say.Date(monday.AddDays(-1))}):\n" +
               $"Penjualan {Say.Rupiah(lastWeek)}{change}.\n" +
               Margin(cooperative.Id, new Period(monday.AddDays(-7), monday.AddDays(-1), "minggu lalu")) +
               (outOfStock.Count == 0 ? "Tidak ada barang yang habis." : $"Stok habis: {string.Join(", ", outOfStock)}.");
    }

    /// <summary>The week's gross profit and margin from the books, only when every unit sold had a known cost.</summary>
    private string Margin(string koperasiId, Period week)
    {
        BookReport report;
        try { report = books.Build(koperasiId, week); }
        catch (PeriodError) { return ""; } // nothing recorded yet
        if (report.SalesRevenue <= 0) return "";
        if (report.UnknownCostSold != 0)
            return "Margin belum bisa dihitung: sebagian barang terjual tanpa harga pokok. Catat harga beli saat barang masuk, contoh: " +
                   $"{CommandExamples.Received}\n";
        return $"Laba kotor {Say.Rupiah(report.GrossProfit)} (margin {report.GrossProfit * 100m / report.SalesRevenue:0} %).\n";
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
