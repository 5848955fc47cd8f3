using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// The secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token. Taken from configuration,
/// or generated once per process (and logged once, so an operator running several instances can pin it).
/// </summary>
public sealed class WebhookSecret
{
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[] expectedHash;

    public WebhookSecret(IOptions<TelegramOptions> options, ILogger<WebhookSecret> logger)
    {
        var configured = options.Value.SecretToken;
        if (string.IsNullOrWhiteSpace(configured))
        {
            // 32 random bytes, base64url: within Telegram's alphabet (A-Z a-z 0-9 _ -) and 256-char limit.
            configured = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            logger.LogWarning("Telegram:SecretToken tidak diatur; dibuat acak untuk proses ini: {SecretToken}. " +
                "Atur Telegram:SecretToken bila lebih dari satu instance melayani webhook yang sama.", configured);
        }
        Value = configured;
        expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
    }

    public string Value { get; }

    /// <summary>Constant time: hashing first makes both sides equally long, so not even the length leaks.</summary>
    public bool Matches(string provided) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(provided)), expectedHash);
}
