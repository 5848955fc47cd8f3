using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// The secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token. Taken from configuration,
/// or generated once per process (its fingerprint logged, never the value).
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
            // Never the value itself: whoever reads the log could forge updates. The fingerprint lets an
            // operator see whether two instances (or two starts) use the same secret.
            logger.LogWarning("Telegram:SecretToken tidak diatur; dibuat acak untuk proses ini (sidik {Fingerprint}). " +
                "Atur Telegram:SecretToken (Telegram__SecretToken) agar tetap sama setelah restart dan di setiap instance.", Fingerprint(configured));
        }
        Value = configured;
        expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
    }

    public string Value { get; }

    /// <summary>The first 8 hex digits of the secret's SHA-256: enough to compare, useless to forge.</summary>
    public static string Fingerprint(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..8];

    /// <summary>Constant time: hashing first makes both sides equally long, so not even the length leaks.</summary>
    public bool Matches(string provided) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(provided)), expectedHash);
}
