using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Telegram.Bot.Types.ReplyMarkups;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Suggested replies as inline buttons. A button carries the text it stands for in its callback
/// data when that fits Telegram's 64-byte limit; a longer text is kept in the distributed cache
/// under a short key (shared by every instance behind the webhook) and the button carries the key.
/// </summary>
public sealed class SuggestedReplyButtons(IDistributedCache cache)
{
    private const int MaxCallbackDataBytes = 64;
    private const string InlinePrefix = "t:";
    private const string KeyPrefix = "k:";
    private static readonly DistributedCacheEntryOptions KeyLifetime = new() { SlidingExpiration = TimeSpan.FromDays(7) };

    public async Task<InlineKeyboardMarkup?> KeyboardAsync(IReadOnlyList<string> suggestions, CancellationToken cancellationToken)
    {
        if (suggestions.Count == 0) return null;
        var rows = new List<InlineKeyboardButton[]>();
        foreach (var suggestion in suggestions.Where(s => !string.IsNullOrWhiteSpace(s)))
            rows.Add([InlineKeyboardButton.WithCallbackData(suggestion, await CallbackDataAsync(suggestion, cancellationToken))]);
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    /// <summary>The text a pressed button stands for, or null when its key has expired or the data is not ours.</summary>
    public async Task<string?> TextOfAsync(string? callbackData, CancellationToken cancellationToken)
    {
        if (callbackData is null) return null;
        if (callbackData.StartsWith(InlinePrefix, StringComparison.Ordinal)) return callbackData[InlinePrefix.Length..];
        if (callbackData.StartsWith(KeyPrefix, StringComparison.Ordinal)) return await cache.GetStringAsync(CacheKey(callbackData), cancellationToken);
        return null;
    }

    private async Task<string> CallbackDataAsync(string text, CancellationToken cancellationToken)
    {
        var inline = InlinePrefix + text;
        if (Encoding.UTF8.GetByteCount(inline) <= MaxCallbackDataBytes) return inline;

        // Same text → same key, so re-sending a keyboard does not grow the cache.
        var key = KeyPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
        await cache.SetStringAsync(CacheKey(key), text, KeyLifetime, cancellationToken);
        return key;
    }

    private static string CacheKey(string callbackData) => "telegram:button:" + callbackData;
}
