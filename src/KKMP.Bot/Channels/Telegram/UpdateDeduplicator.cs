using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Remembers handled update_ids in the distributed cache, so an update Telegram redelivers (after a
/// slow 200, or to a second instance sharing Redis) is handled once. An id is remembered only after
/// its update is handled and answered: remembered earlier, a crash in between would make the retry
/// look handled and lose it. The inbox (a redelivery of a waiting update is not stored twice) and
/// the ledger's message-key idempotency back this up.
/// </summary>
public sealed class UpdateDeduplicator(IDistributedCache cache, IOptions<TelegramOptions> options)
{
    private static readonly byte[] Seen = [1];

    public async Task<bool> WasHandledAsync(int updateId, CancellationToken cancellationToken) =>
        await cache.GetAsync(KeyOf(updateId), cancellationToken) is not null;

    public Task MarkHandledAsync(int updateId, CancellationToken cancellationToken)
    {
        var lifetime = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(options.Value.UpdateDedupeMinutes) };
        return cache.SetAsync(KeyOf(updateId), Seen, lifetime, cancellationToken);
    }

    private string KeyOf(int updateId) => $"telegram:update:{options.Value.BotId}:{updateId}";
}
