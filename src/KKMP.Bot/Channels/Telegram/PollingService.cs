using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Long polling (no public address needed, e.g. a laptop in the village office). Runs only when no
/// webhook URL is configured; it removes any webhook first, because Telegram refuses getUpdates
/// while one is set. Errors back off (1 s, 2 s, 4 s … 60 s) and never stop the host.
/// </summary>
public sealed class PollingService(ITelegramBotClient client, UpdateQueue queue, IOptions<TelegramOptions> options, ILogger<PollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var webhookRemoved = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookRemoved)
                {
                    await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
                    webhookRemoved = true;
                    logger.LogInformation("Telegram: mode polling aktif");
                }
                var updates = await client.GetUpdates(offset, limit: 100, timeout: options.Value.PollingTimeoutSeconds,
                    allowedUpdates: AllowedUpdates.Types, cancellationToken: stoppingToken);
                foreach (var update in updates)
                {
                    await queue.EnqueueAsync(update, stoppingToken);
                    offset = update.Id + 1; // the next getUpdates confirms everything before it
                }
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures++)));
                logger.LogWarning("Telegram polling gagal ({Error}); coba lagi dalam {Delay}", e.Message, delay);
                try { await Task.Delay(delay, stoppingToken); }
                catch (OperationCanceledException) { break; }
            }
        }
    }
}
