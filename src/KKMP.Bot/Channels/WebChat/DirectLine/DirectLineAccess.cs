namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>Who may touch which conversation: a token opens only its own conversation; the secret opens any.</summary>
public sealed class DirectLineAccess(DirectLineTokens tokens, DirectLineSecret secret, IConversationStore store)
{
    /// <summary>
    /// The grant for a request on <paramref name="conversationId"/>, or null (answer 403) when the
    /// bearer is missing, expired, or a token of another conversation.
    /// </summary>
    public TokenGrant? Authorize(HttpRequest request, string conversationId)
    {
        var bearer = BearerToken.From(request);
        var grant = tokens.Find(bearer);
        if (grant is not null)
            return grant.ConversationId == conversationId ? grant : null;
        if (secret.Matches(bearer) && store.Find(conversationId) is { } conversation)
            return new TokenGrant(conversation.Id, conversation.UserId, DateTimeOffset.MaxValue);
        return null;
    }

    /// <summary>Mints a conversation and its token (the page endpoint, /tokens/generate, secret starts).</summary>
    public (DirectLineConversation Conversation, string Token) Open(string userId)
    {
        var conversation = store.Create(userId);
        return (conversation, tokens.Issue(conversation.Id, userId));
    }

    /// <summary>The answer of token and conversation endpoints; it always carries a token because the client adopts it.</summary>
    public ConversationGrant GrantFor(DirectLineConversation conversation, string token, string? streamUrl = null) =>
        new(conversation.Id, token, tokens.SecondsLeft(token), streamUrl);

    /// <summary>Absolute ws(s) URL with a fresh single-use stream token that replays after <paramref name="watermark"/>.</summary>
    public string StreamUrl(HttpRequest request, DirectLineConversation conversation, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamToken = tokens.IssueStream(conversation.Id, watermark);
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={streamToken}";
    }
}
