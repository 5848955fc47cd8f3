namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// The "Telegram" configuration section. Nothing Telegram starts without <see cref="BotToken"/>;
/// with a <see cref="WebhookUrl"/> the bot runs in webhook mode, otherwise it long-polls.
/// </summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The token from BotFather ("123456:ABC…"). A secret: set it from the environment, never in the repo.</summary>
    public string? BotToken { get; set; }

    /// <summary>Public HTTPS URL Telegram posts updates to; its path is where the host serves the webhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Checked against X-Telegram-Bot-Api-Secret-Token; generated (and logged once) when absent.</summary>
    public string? SecretToken { get; set; }

    /// <summary>Bot API server: Telegram's, or a self-hosted telegram-bot-api (and the tests' fake).</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>
    /// Updates are handled by this many workers; one chat always goes to the same worker, so its commands
    /// run in order. A worker does not wait for its replies to reach Telegram (a round trip of 50–200 ms
    /// from Indonesia): it routes the next update while they travel, a chat's replies leaving one after
    /// another (see ChatSendOrder). Workers are async loops, not threads, and cheap.
    /// </summary>
    public int Workers { get; set; } = 128;

    /// <summary>Updates waiting for a worker before the webhook makes Telegram wait (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 4096;

    /// <summary>Long-polling wait per getUpdates call.</summary>
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// "typing…" is shown only when the router takes longer than this: a command answers in
    /// milliseconds (its reply arrives before any indicator could), an assistant answer may take seconds.
    /// </summary>
    public int TypingDelayMilliseconds { get; set; } = 300;

    /// <summary>How long a processed update_id is remembered (Telegram redelivers within minutes).</summary>
    public int UpdateDedupeMinutes { get; set; } = 60;

    /// <summary>Retries of one outbound call after 429 (waiting retry_after), a 5xx or a network error.</summary>
    public int SendRetries { get; set; } = 4;

    /// <summary>A 429 asking to wait longer than this is given up (the update's effect is already recorded).</summary>
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>
    /// Messages the bot sends first (reminders, alerts) per second at most: Telegram allows about 30 per second
    /// per bot token, and replies to users share that budget.
    /// </summary>
    public int BroadcastPerSecond { get; set; } = 25;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => IsEnabled && !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>The webhook path on this host: the path of <see cref="WebhookUrl"/>, so a reverse proxy maps it one to one.</summary>
    public string WebhookPath => new Uri(WebhookUrl!, UriKind.Absolute).AbsolutePath;

    /// <summary>The numeric part of the token: keeps cache keys of two bots sharing one Redis apart.</summary>
    public string BotId => BotToken?.Split(':')[0] ?? "";
}
