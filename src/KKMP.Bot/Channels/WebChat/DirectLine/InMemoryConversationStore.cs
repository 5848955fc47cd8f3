using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>
/// Conversations in process memory: a size-limited cache with sliding expiration, so idle
/// conversations expire and the least recently used are dropped when the limit is reached.
/// Fine for one host; several hosts behind one URL would need a shared store.
/// </summary>
public sealed class InMemoryConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock) : IConversationStore, IDisposable
{
    private readonly DirectLineOptions _options = options.Value;
    // Idle expiry reads the host's TimeProvider, so tests move time instead of waiting for it.
    private readonly MemoryCache _conversations = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxConversations, Clock = new TimeProviderClock(clock) });

    public int Count => _conversations.Count;

    public DirectLineConversation Create(string userId)
    {
        var conversation = new DirectLineConversation(DirectLineTokens.NewOpaqueValue()[..22], userId, _options.MaxActivitiesPerConversation);
        // Make room first: a full cache would otherwise silently refuse the new entry.
        _conversations.MakeRoom(_options.MaxConversations);
        _conversations.Set(conversation.Id, conversation, new MemoryCacheEntryOptions
        {
            Size = 1,
            SlidingExpiration = _options.ConversationIdleTimeout,
        });
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out DirectLineConversation? conversation) ? conversation : null;

    public void Dispose() => _conversations.Dispose();
}

public static class MemoryCacheRoom
{
    /// <summary>
    /// A size-limited MemoryCache silently refuses an entry that does not fit, so drop expired,
    /// then least recently used entries first (at least one, about a tenth) when it is full.
    /// </summary>
    public static void MakeRoom(this MemoryCache cache, long capacity)
    {
        var count = cache.Count;
        if (count >= capacity)
            cache.Compact(Math.Max(0.1, 1.0 / count));
    }
}

/// <summary>MemoryCache still reads time through ISystemClock: this one asks the TimeProvider.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
