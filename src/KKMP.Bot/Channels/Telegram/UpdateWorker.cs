namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Drains the <see cref="UpdateQueue"/>: one loop per partition, a DI scope per update. A loop routes
/// its updates one after another (a chat's commands run in order) but does not wait for their replies
/// to reach Telegram (<see cref="ChatSendOrder"/> keeps their order): up to
/// <see cref="SendsInFlightPerWorker"/> updates per loop are being answered at once. An update leaves the
/// inbox only when its replies are answered. When the host stops, the queue is closed and what was
/// already queued is still handled; anything else waits in the inbox.
/// </summary>
public sealed class UpdateWorker(
    UpdateQueue queue, TelegramIntake intake, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<UpdateWorker> logger)
    : BackgroundService
{
    /// <summary>
    /// Enough to cover a 200 ms round trip at a worker's share of a few thousand updates a second, and
    /// a bound on memory and on what a slow Telegram can pile up.
    /// </summary>
    internal const int SendsInFlightPerWorker = 32;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lifetime.ApplicationStopping.Register(queue.Complete);
        var loops = Enumerable.Range(0, queue.PartitionCount).Select(partition => Task.Run(() => DrainAsync(partition), CancellationToken.None));
        return Task.WhenAll([intake.RecoverAsync(), .. loops]);
    }

    private async Task DrainAsync(int partition)
    {
        using var inFlight = new SemaphoreSlim(SendsInFlightPerWorker);
        // No cancellation here on purpose: accepted updates are finished, not abandoned mid-write.
        await foreach (var update in queue.Reader(partition).ReadAllAsync(CancellationToken.None))
        {
            await inFlight.WaitAsync(CancellationToken.None);
            logger.LogDebug("Update {UpdateId} diambil dari antrean {Partition}", update.Id, partition);
            var scope = scopes.CreateAsyncScope();
            Task answered;
            try
            {
                answered = await scope.ServiceProvider.GetRequiredService<UpdateHandler>().HandleAsync(update, CancellationToken.None);
            }
            catch (Exception e)
            {
                answered = Task.FromException(e);
            }
            _ = FinishAsync(update, scope, answered, inFlight);
        }
        for (var i = 0; i < SendsInFlightPerWorker; i++) await inFlight.WaitAsync(CancellationToken.None); // the last replies
    }

    private async Task FinishAsync(global::Telegram.Bot.Types.Update update, AsyncServiceScope scope, Task answered, SemaphoreSlim inFlight)
    {
        try
        {
            await answered;
        }
        catch (Exception e)
        {
            // Not retried: an update that fails every time would otherwise fail on every start too.
            logger.LogError(e, "Update {UpdateId} gagal diproses", update.Id);
        }
        finally
        {
            await scope.DisposeAsync();
            try { await intake.FinishedAsync(update); }
            catch (Exception e) { logger.LogError(e, "Update {UpdateId} tidak bisa dihapus dari inbox; diproses ulang saat mulai lagi", update.Id); }
            inFlight.Release();
        }
    }
}
