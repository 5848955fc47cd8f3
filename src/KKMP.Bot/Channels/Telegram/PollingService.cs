using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Long polling (no public address needed, e.g. a laptop in the village office). Runs only when no
/// webhook URL is configured; it removes any webhook first, because Telegram refuses getUpdates
/// while one is set. A batch is stored in the inbox before the next getUpdates confirms it (its
/// offset tells Telegram to forget everything before). Errors back off (1 s, 2 s, 4 s … 60 s) and
/// never stop the host.
/// </summary>
public sealed class PollingService(ITelegramBotClient client, TelegramIntake intake, IOptions<TelegramOptions> options, ILogger<PollingService> logger)
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
                if (updates.Length > 0)
                {
                    await intake.AcceptAllAsync(updates.Where(IsUsable).ToList());
                    offset = updates[^1].Id + 1; // stored: the next getUpdates may confirm everything before it
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

    private bool IsUsable(global::Telegram.Bot.Types.Update update)
    {
        if (UpdateShape.MalformedReason(update) is not { } reason) return true;
        logger.LogDebug("Update {UpdateId} diabaikan: {Reason}", update.Id, reason);
        return false;
    }
}
