namespace KKMP.Bot.Channels.WebChat;

/// <summary>Direct Line 3.0 endpoint settings (section "DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Bearer secret for /tokens/generate and secret-started conversations. Generated at start when empty.</summary>
    public string? Secret { get; set; }

    /// <summary>Conversation token lifetime. Web Chat refreshes every 15 minutes, so keep it well above that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a WebSocket stream URL can be redeemed (once).</summary>
    public TimeSpan StreamTokenLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A conversation with no request for this long is dropped.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Upper bound on live conversations; the least recently used are dropped beyond it. With
    /// <see cref="MaxActivitiesPerConversation"/> it bounds memory: a stored activity costs about 5.7 kB,
    /// so 2,000 × 40 × 5.7 kB ≈ 456 MB at worst, under 512 MB on a 2 GB VPS (see appsettings.sample.json).
    /// </summary>
    public int MaxConversations { get; set; } = 2_000;

    /// <summary>Activities kept per conversation (older ones fall out of the replay window): 40 is 20 question-and-answer turns.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 40;

    /// <summary>Largest accepted activity POST body, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// Tokens a single client address may mint per minute: the page, /tokens/generate, and conversations
    /// started with the secret (or with no valid token); starting with a token already held is not limited.
    /// </summary>
    public int TokenMintsPerMinute { get; set; } = 60;

    /// <summary>Messages one conversation may post per minute (each one runs a bot turn); 429 beyond it.</summary>
    public int MessagesPerMinute { get; set; } = 60;

    /// <summary>
    /// Extra origins allowed to open the WebSocket stream (e.g. "https://koperasi.example").
    /// The host's own origin is always allowed; a request without Origin (not a browser) is allowed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
