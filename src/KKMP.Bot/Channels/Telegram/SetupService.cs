using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// On start: the command menu (setMyCommands, Indonesian descriptions) and, in webhook mode,
/// setWebhook with the secret and the allowed update types. Retried with back-off in the
/// background, so an unreachable Telegram delays the setup but never the host's start.
/// </summary>
public sealed class SetupService(ITelegramBotClient client, IOptions<TelegramOptions> options, ILogger<SetupService> logger, WebhookSecret? secret = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await SetUpAsync(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt)));
                logger.LogWarning("Persiapan Telegram gagal ({Error}); coba lagi dalam {Delay}", e.Message, delay);
                try { await Task.Delay(delay, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        await client.SetMyCommands(BotCommands.Menu, cancellationToken: cancellationToken);
        if (!options.Value.UsesWebhook || secret is null) return;

        await client.SetWebhook(options.Value.WebhookUrl!, allowedUpdates: AllowedUpdates.Types,
            secretToken: secret.Value, cancellationToken: cancellationToken);
        logger.LogInformation("Telegram: webhook terpasang di {Url}", options.Value.WebhookUrl);
    }
}
