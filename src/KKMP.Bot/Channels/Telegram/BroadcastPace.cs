using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Spreads a mass send (17.00 for thousands of cooperatives) under Telegram's broadcast limit
/// (<see cref="TelegramOptions.BroadcastPerSecond"/>): every unprompted message waits for a token. One token
/// every 1/N s with no saved-up burst: a bucket of N tokens refilled each second let 2N through in the first
/// second (measured: 50 sends in one second at 25/s, above Telegram's ~30).
/// </summary>
public sealed class BroadcastPace(IOptions<TelegramOptions> options) : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / Math.Max(1, options.Value.BroadcastPerSecond)),
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
