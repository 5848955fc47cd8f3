using Microsoft.Extensions.Options;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Takes a ledger checkpoint at start (a file opened without recent checkpoints is caught up at once),
/// every <see cref="LedgerOptions.CheckpointMinutes"/>, and at shutdown, so the next start reads the
/// checkpoints plus a few minutes of movements instead of the whole history.
/// </summary>
public sealed class LedgerCheckpointService(LedgerDb db, IOptions<LedgerOptions> options, TimeProvider time,
    ILogger<LedgerCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.CheckpointMinutes)), time);
        do Checkpoint();
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Checkpoint();
    }

    private void Checkpoint()
    {
        try
        {
            var result = LedgerCheckpoint.Take(db);
            if (result.Movements > 0)
                logger.LogInformation("Ledger checkpoint: {Movements} movements of {Cooperatives} cooperatives summed in {Ms:F0} ms",
                    result.Movements, result.Cooperatives, result.Took.TotalMilliseconds);
        }
        catch (ObjectDisposedException)
        {
            // The host is stopping and the ledger is already closed: the next start scans from the previous checkpoint.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next start then scans more movements; nothing is lost.
            logger.LogWarning("Ledger checkpoint failed ({Error}); the next start will scan from the previous one", e.Message);
        }
    }
}
