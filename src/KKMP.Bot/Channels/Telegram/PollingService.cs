using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Long polling (no public address needed, e.g. a laptop in the village office). Runs only when no
/// webhook URL is configured; it removes any webhook first, because Telegram refuses getUpdates
/// while one is set. A batch is stored in the inbox before the next getUpdates confirms it (its
/// offset tells Telegram to forget everything before). Errors back off (1 s, 2 s, 4 s … 60 s) and
/// never stop the host. A long poll that is not answered well after its own timeout is given up and
/// sent again (see <see cref="StallGrace"/>).
/// </summary>
public sealed class PollingService(
    ITelegramBotClient client, TelegramIntake intake, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<PollingService> logger)
    : BackgroundService
{
    /// <summary>
    /// How long past its timeout a getUpdates may stay unanswered. An answer lost on the way (a dead NAT
    /// mapping on a village network, a dropped connection) otherwise holds the loop for the HttpClient's
    /// 100 s while new messages wait; sending the poll again with the same offset loses and repeats nothing.
    /// </summary>
    internal static readonly TimeSpan StallGrace = TimeSpan.FromSeconds(15);

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
                var updates = await PollAsync(offset, stoppingToken);
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

    private async Task<global::Telegram.Bot.Types.Update[]> PollAsync(int? offset, CancellationToken stoppingToken)
    {
        var timeout = options.Value.PollingTimeoutSeconds;
        using var stalled = new CancellationTokenSource(TimeSpan.FromSeconds(timeout) + StallGrace, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, stalled.Token);
        try
        {
            return await client.GetUpdates(offset, limit: 100, timeout: timeout, allowedUpdates: AllowedUpdates.Types, cancellationToken: either.Token);
        }
        catch (OperationCanceledException) when (stalled.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            throw new TimeoutException($"getUpdates tidak dijawab dalam {timeout}+{StallGrace.TotalSeconds:0} detik");
        }
    }

    private bool IsUsable(global::Telegram.Bot.Types.Update update)
    {
        if (UpdateShape.MalformedReason(update) is not { } reason) return true;
        logger.LogDebug("Update {UpdateId} diabaikan: {Reason}", update.Id, reason);
        return false;
    }
}
