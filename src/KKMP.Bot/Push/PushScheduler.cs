namespace KKMP.Bot.Push;

/// <summary>
/// Once a minute (on the host's <see cref="TimeProvider"/>, so tests drive days with a fake clock) plans
/// what is due and claims each send. Also runs at start, so a restart after 17.00 sends what is still unsent.
/// </summary>
public sealed class PushScheduler(PushPlanner planner, PushClaims claims, TimeProvider time, ILogger<PushScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private long _lastRunTicks;

    /// <summary>The instant of the last completed run (tests wait for it after advancing the clock).</summary>
    public DateTimeOffset LastRun => new(Interlocked.Read(ref _lastRunTicks), TimeSpan.Zero);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The timer exists before the first run, so a clock advanced during that run still wakes the next one.
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            var now = time.GetUtcNow();
            try
            {
                await RunAsync(now);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Push run at {Now} failed; trying again next minute", now);
            }
            Interlocked.Exchange(ref _lastRunTicks, now.UtcTicks);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>Plans and claims everything due at <paramref name="now"/>; returns what this run claimed.</summary>
    public async Task<IReadOnlyList<PlannedPush>> RunAsync(DateTimeOffset now)
    {
        var claimed = new List<PlannedPush>();
        foreach (var push in planner.Plan(now))
            if (await claims.TryClaimAsync(push)) claimed.Add(push);
        if (claimed.Count > 0) logger.LogInformation("Push at {Now}: {Count} messages queued", now, claimed.Count);
        return claimed;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try { return await timer.WaitForNextTickAsync(stoppingToken); }
        catch (OperationCanceledException) { return false; }
    }
}
