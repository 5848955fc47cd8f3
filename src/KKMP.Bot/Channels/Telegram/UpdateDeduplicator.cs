using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Remembers processed update_ids in the distributed cache, so an update Telegram redelivers (after a
/// slow 200, a restart, or to a second instance sharing Redis) is handled once. The ledger's
/// message-id idempotency backs this up for writes.
/// </summary>
public sealed class UpdateDeduplicator(IDistributedCache cache, IOptions<TelegramOptions> options)
{
    private static readonly byte[] Seen = [1];

    /// <summary>
    /// True the first time an update id is seen. Check-then-set is not atomic, but one chat's updates
    /// are handled by one worker in order, so within an instance a redelivery cannot race its original.
    /// </summary>
    public async Task<bool> TryClaimAsync(int updateId, CancellationToken cancellationToken)
    {
        var key = $"telegram:update:{options.Value.BotId}:{updateId}";
        if (await cache.GetAsync(key, cancellationToken) is not null) return false;
        var lifetime = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(options.Value.UpdateDedupeMinutes) };
        await cache.SetAsync(key, Seen, lifetime, cancellationToken);
        return true;
    }
}
