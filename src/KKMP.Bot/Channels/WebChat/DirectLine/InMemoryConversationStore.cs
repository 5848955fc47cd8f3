using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>
/// Conversations in process memory: a size-limited cache with sliding expiration, so idle
/// conversations expire and the least recently used are dropped when the limit is reached.
/// Fine for one host; several hosts behind one URL would need a shared store.
/// </summary>
public sealed class InMemoryConversationStore(IOptions<DirectLineOptions> options) : IConversationStore, IDisposable
{
    private readonly DirectLineOptions _options = options.Value;
    private readonly MemoryCache _conversations = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxConversations });

    public int Count => _conversations.Count;

    public DirectLineConversation Create(string userId)
    {
        var conversation = new DirectLineConversation(DirectLineTokens.NewOpaqueValue()[..22], userId, _options.MaxActivitiesPerConversation);
        // Make room first: a full cache would otherwise silently refuse the new entry.
        if (_conversations.Count >= _options.MaxConversations)
            _conversations.Compact(0.1);
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
