using System.Globalization;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Push;

/// <summary>
/// `-- jadwal --sampai 2026-12-01T18:00`: walks the schedule minute by minute from now to that time and
/// prints what would be sent, claiming and sending nothing (an operator's dry run). A time without an
/// offset is read in WIB (the default zone). Stock alerts follow movements, so they are not in it.
/// </summary>
public static class ScheduleDryRun
{
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(8);

    public static bool IsRequested(string[] args) => args is ["jadwal", ..];

    public static string[] HostArgs(string[] args) => IsRequested(args)
        ? ["--Logging:Console:LogToStandardErrorThreshold=Trace", "--Logging:LogLevel:Default=Warning"]
        : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not ["jadwal", "--sampai", var text] || ParseUntil(text) is not { } until)
        {
            await Console.Error.WriteLineAsync("Pemakaian / usage: jadwal --sampai 2026-12-01T18:00 (WIB bila tanpa zona)");
            return 2;
        }
        var planner = ActivatorUtilities.CreateInstance<PushPlanner>(app.Services); // registered only when pushes are on
        var from = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (until - from > MaxRange)
        {
            await Console.Error.WriteLineAsync($"Paling jauh {MaxRange.TotalDays:0} hari ke depan.");
            return 2;
        }
        var planned = Walk(planner, from, until);
        foreach (var push in planned)
            Console.WriteLine($"{push.LocalDay:yyyy-MM-dd} {push.Kind} {push.KoperasiId} → {push.UserKey}\n  {push.Text.Replace("\n", "\n  ")}");
        Console.WriteLine($"{planned.Count} pesan akan dikirim sampai {until:yyyy-MM-dd HH:mm zzz} (tidak ada yang dikirim atau dicatat).");
        return 0;
    }

    /// <summary>Everything planned at any minute in [from, until], once per claim key (as the claims would let through).</summary>
    public static IReadOnlyList<PlannedPush> Walk(PushPlanner planner, DateTimeOffset from, DateTimeOffset until)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PlannedPush>();
        for (var at = from; at <= until; at += PushScheduler.Period)
            foreach (var push in planner.Plan(at))
                if (seen.Add(push.Key)) result.Add(push);
        return result;
    }

    private static DateTimeOffset? ParseUntil(string text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        if (text.EndsWith('Z') || text.Contains('+')) return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        var wib = CooperativeDirectory.FindZone(CooperativeDirectory.DefaultTimeZone);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), wib.GetUtcOffset(local));
    }
}
