using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Spreads a mass send (17.00 for thousands of cooperatives) under Telegram's broadcast limit
/// (<see cref="TelegramOptions.BroadcastPerSecond"/>): every unprompted message waits for a token.
/// </summary>
public sealed class BroadcastPace(IOptions<TelegramOptions> options) : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, options.Value.BroadcastPerSecond),
        TokensPerPeriod = Math.Max(1, options.Value.BroadcastPerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
    }

    public void Dispose() => _limiter.Dispose();
}
