namespace KKMP.Bot.Push;

/// <summary>
/// At the start of every minute (on the host's <see cref="TimeProvider"/>, so tests drive days with a fake
/// clock) plans what is due and claims each send. Also runs at start, so a restart after 17.00 sends what is
/// still unsent.
/// </summary>
public sealed class PushScheduler(PushPlanner planner, PushClaims claims, TimeProvider time, ILogger<PushScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private long _lastRunTicks;

    /// <summary>The instant of the last completed run (tests wait for it after advancing the clock).</summary>
    public DateTimeOffset LastRun => new(Interlocked.Read(ref _lastRunTicks), TimeSpan.Zero);

    /// <summary>Why the last run failed (null after a run that did not): logged, and shown by tests that wait for a run.</summary>
    public Exception? LastFailure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset now;
        do
        {
            now = time.GetUtcNow();
            try
            {
                await RunAsync(now);
                LastFailure = null;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LastFailure = e;
                logger.LogError(e, "Push run at {Now} failed; trying again next minute", now);
            }
            Interlocked.Exchange(ref _lastRunTicks, now.UtcTicks);
        }
        // From the run's instant, not a fresh read: a clock that moved past the next minute meanwhile runs at once.
        while (await WaitUntilAsync(NextMinute(now), stoppingToken));
    }

    /// <summary>Plans and claims everything due at <paramref name="now"/>; returns what this run claimed.</summary>
    public async Task<IReadOnlyList<PlannedPush>> RunAsync(DateTimeOffset now)
    {
        claims.Prune(DateOnly.FromDateTime(now.UtcDateTime));
        var claimed = await claims.ClaimAsync(planner.Plan(now));
        if (claimed.Count > 0) logger.LogInformation("Push at {Now}: {Count} messages queued", now, claimed.Count);
        return claimed;
    }

    /// <summary>The next whole minute after <paramref name="now"/>: 17.00 is planned at 17.00:00, not some seconds later.</summary>
    public static DateTimeOffset NextMinute(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcTicks - now.UtcTicks % Period.Ticks, TimeSpan.Zero) + Period;

    /// <summary>False when the host is stopping.</summary>
    private async Task<bool> WaitUntilAsync(DateTimeOffset at, CancellationToken stoppingToken)
    {
        using var early = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var wait = Task.Delay(Max(at - time.GetUtcNow(), TimeSpan.Zero), time, early.Token);
        // The clock may have jumped between reading it and starting the delay (a fake clock does, and the
        // delay then counts from the new time): look again now that the delay is running.
        if (time.GetUtcNow() >= at) early.Cancel();
        try { await wait; }
        catch (OperationCanceledException) { }
        return !stoppingToken.IsCancellationRequested;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
