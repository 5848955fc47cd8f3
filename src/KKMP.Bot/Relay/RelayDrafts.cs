using Microsoft.Extensions.Caching.Distributed;

namespace KKMP.Bot.Relay;

/// <summary>
/// The last question the bot could not answer in a conversation, so that pressing "Teruskan ke pengurus"
/// relays it. Conversation state, so it lives in the distributed cache (shared by instances), briefly.
/// </summary>
public sealed class RelayDrafts(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1) };

    public Task RememberAsync(string conversationKey, string question, CancellationToken cancellationToken) =>
        cache.SetStringAsync(Key(conversationKey), question, Lifetime, cancellationToken);

    /// <summary>Synchronous because command handlers are (a cache read is quick).</summary>
    public string? Last(string conversationKey) => cache.GetString(Key(conversationKey));

    public void Forget(string conversationKey) => cache.Remove(Key(conversationKey));

    private static string Key(string conversationKey) => "relay:draft:" + conversationKey;
}
