using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>The Direct Line secret: from configuration, or generated for this process when none is set.</summary>
public sealed class DirectLineSecret
{
    private readonly byte[] _hash;

    public DirectLineSecret(IOptions<DirectLineOptions> options, ILogger<DirectLineSecret> logger)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = DirectLineTokens.NewOpaqueValue();
            // The value is not logged: the page mints its tokens server-side and never needs it.
            logger.LogWarning("DirectLine:Secret is not set: generated a random secret for this run. " +
                "Set DirectLine__Secret to let another server call /v3/directline/tokens/generate.");
        }
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>Constant-time comparison; hashing first makes the time independent of the length too.</summary>
    public bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate) &&
        CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
}
