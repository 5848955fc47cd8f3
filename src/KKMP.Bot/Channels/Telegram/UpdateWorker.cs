namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Drains the <see cref="UpdateQueue"/>: one loop per partition, a DI scope per update. When the
/// host stops, the queue is closed and what was already accepted is still handled.
/// </summary>
public sealed class UpdateWorker(UpdateQueue queue, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<UpdateWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lifetime.ApplicationStopping.Register(queue.Complete);
        var loops = Enumerable.Range(0, queue.PartitionCount).Select(partition => Task.Run(() => DrainAsync(partition), CancellationToken.None));
        return Task.WhenAll(loops);
    }

    private async Task DrainAsync(int partition)
    {
        // No cancellation here on purpose: accepted updates are finished, not abandoned mid-write.
        await foreach (var update in queue.Reader(partition).ReadAllAsync(CancellationToken.None))
        {
            logger.LogDebug("Update {UpdateId} diambil dari antrean {Partition}", update.Id, partition);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<UpdateHandler>().HandleAsync(update, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Update {UpdateId} gagal diproses", update.Id);
            }
        }
    }
}
