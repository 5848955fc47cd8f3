using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>What a conversation token grants: one conversation, as one user, until it expires.</summary>
public sealed record TokenGrant(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>A WebSocket stream grant: one conversation, replay after <see cref="Watermark"/>, redeemable once.</summary>
public sealed record StreamGrant(string ConversationId, long Watermark, DateTimeOffset ExpiresAt);

/// <summary>
/// Opaque tokens (32 random bytes, base64url, no dots so Web Chat never mistakes them for JWTs),
/// held in memory with their expiry. Two caches with a size limit bound memory under token floods.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock) : IDisposable
{
    private readonly DirectLineOptions _options = options.Value;
    private readonly long _capacity = options.Value.MaxConversations * 4L;
    // Both caches read the host's TimeProvider: with the system clock, a cache would drop a token by
    // wall time while the grant says it is still live (a test on a slow machine saw exactly that).
    private readonly MemoryCache _tokens = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxConversations * 4L, Clock = new TimeProviderClock(clock) });
    private readonly MemoryCache _streams = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxConversations * 4L, Clock = new TimeProviderClock(clock) });

    public int LifetimeSeconds => (int)_options.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId, string userId)
    {
        var token = NewOpaqueValue();
        var grant = new TokenGrant(conversationId, userId, clock.GetUtcNow() + _options.TokenLifetime);
        Store(_tokens, token, grant, grant.ExpiresAt);
        return token;
    }

    /// <summary>The grant of a live token, or null when unknown or expired.</summary>
    public TokenGrant? Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_tokens.TryGetValue(token, out TokenGrant? grant) || grant is null)
            return null;
        return grant.ExpiresAt > clock.GetUtcNow() ? grant : null;
    }

    /// <summary>Seconds until the token expires (the full lifetime for a token we do not hold, e.g. the secret).</summary>
    public int SecondsLeft(string token) => Find(token) is { } grant
        ? (int)Math.Ceiling(Math.Max(0, (grant.ExpiresAt - clock.GetUtcNow()).TotalSeconds))
        : LifetimeSeconds;

    public string IssueStream(string conversationId, long watermark)
    {
        var token = NewOpaqueValue();
        var grant = new StreamGrant(conversationId, watermark, clock.GetUtcNow() + _options.StreamTokenLifetime);
        Store(_streams, token, new StreamTicket(grant), grant.ExpiresAt);
        return token;
    }

    /// <summary>Redeems a stream token once: a second attempt (or an expired token) gets null.</summary>
    public StreamGrant? RedeemStream(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_streams.TryGetValue(token, out StreamTicket? ticket) || ticket is null)
            return null;
        _streams.Remove(token);
        return ticket.TryRedeem() && ticket.Grant.ExpiresAt > clock.GetUtcNow() ? ticket.Grant : null;
    }

    public static string NewOpaqueValue() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private void Store<T>(MemoryCache cache, string key, T grant, DateTimeOffset expiresAt)
    {
        cache.MakeRoom(_capacity);
        cache.Set(key, grant, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expiresAt });
    }

    /// <summary>Two sockets racing with one stream token: only the first wins.</summary>
    private sealed class StreamTicket(StreamGrant grant)
    {
        private int _redeemed;
        public StreamGrant Grant { get; } = grant;
        public bool TryRedeem() => Interlocked.Exchange(ref _redeemed, 1) == 0;
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _streams.Dispose();
    }
}
