using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot.Exceptions;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Every call to the Bot API goes through here (a Polly retry pipeline): 429 waits Telegram's
/// retry_after, 5xx and network errors back off exponentially, 403 (bot blocked or kicked) and
/// other 4xx are logged and not retried. Failures never escape: the incoming update's effect is
/// already recorded by the router, and the host must keep running.
/// </summary>
public sealed class TelegramOutbound(IOptions<TelegramOptions> options, ILogger<TelegramOutbound> logger, Push.PushPreferences? preferences = null)
{
    private readonly ResiliencePipeline pipeline = BuildPipeline(options.Value, logger);

    /// <summary>Runs one call with retries; false when it finally failed (already logged).</summary>
    public async Task<bool> TryAsync(string method, long chatId, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.ExecuteAsync(static async (call, token) => await call(token), call, cancellationToken);
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            logger.LogWarning("Telegram {Method} ke chat {ChatId} ditolak (403: bot diblokir atau dikeluarkan): {Description}", method, chatId, e.Message);
            // A private chat's id is the user's: skip them in pushes until they write again.
            if (chatId > 0) preferences?.MarkUnreachable(Ledger.Documents.UserDoc.KeyOf(Conversation.ChannelNames.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (ApiRequestException e)
        {
            logger.LogError("Telegram {Method} ke chat {ChatId} gagal ({Code}): {Description}", method, chatId, e.ErrorCode, e.Message);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogError(e, "Telegram {Method} ke chat {ChatId} gagal setelah dicoba ulang", method, chatId);
        }
        return false;
    }

    private static ResiliencePipeline BuildPipeline(TelegramOptions options, ILogger logger) =>
        new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.SendRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldHandle = new PredicateBuilder()
                .Handle<ApiRequestException>(e => IsRetryableApiError(e, options))
                // Network trouble only: a response that arrived but did not parse is not sent again (it may have been delivered).
                .Handle<RequestException>(e => e is not ApiRequestException && e.InnerException is HttpRequestException or IOException or TimeoutException or TaskCanceledException)
                .Handle<HttpRequestException>(),
            DelayGenerator = static args => new ValueTask<TimeSpan?>(
                args.Outcome.Exception is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: int seconds }
                    ? TimeSpan.FromSeconds(seconds)
                    : null),
            OnRetry = args =>
            {
                logger.LogWarning("Telegram API: percobaan ulang ke-{Attempt} dalam {Delay} ({Error})",
                    args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        }).Build();

    private static bool IsRetryableApiError(ApiRequestException e, TelegramOptions options) => e.ErrorCode switch
    {
        429 => (e.Parameters?.RetryAfter ?? 1) <= options.MaxRetryAfterSeconds,
        >= 500 => true,
        _ => false,
    };
}
