using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Assistant;

/// <summary>One message of a conversation as kept for context: "user" or "assistant".</summary>
public sealed record Turn(string Role, string Text)
{
    public const string User = "user";
    public const string Assistant = "assistant";
}

/// <summary>
/// Recent turns per conversation in <see cref="IDistributedCache"/> (memory, or Redis shared by
/// several instances). Bounded by count and size, forgotten after an idle period. A cache outage
/// only means the bot forgets context: reads then return nothing.
/// </summary>
public sealed class ConversationMemory(IDistributedCache cache, IOptions<AssistantOptions> options, ILogger<ConversationMemory> logger)
{
    private const string KeyPrefix = "assistant:turns:";

    public async Task<IReadOnlyList<Turn>> LoadAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        byte[]? bytes;
        // Any cache, not only Redis behind ResilientDistributedCache: a failing store costs context, never the answer.
        try { bytes = await cache.GetAsync(KeyPrefix + conversationKey, cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { Unavailable(e); return []; }
        if (bytes is null) return [];
        try { return JsonSerializer.Deserialize<List<Turn>>(bytes) ?? []; }
        catch (JsonException) { return []; } // written by an incompatible version: start afresh
    }

    public async Task AppendAsync(string conversationKey, IReadOnlyList<Turn> history, string question, string answer,
        CancellationToken cancellationToken = default)
    {
        var turns = Bound([.. history, new Turn(Turn.User, question), new Turn(Turn.Assistant, answer)], options.Value);
        var entry = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(options.Value.HistoryIdleMinutes) };
        try { await cache.SetAsync(KeyPrefix + conversationKey, JsonSerializer.SerializeToUtf8Bytes(turns), entry, cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { Unavailable(e); }
    }

    private void Unavailable(Exception e) =>
        logger.LogWarning("Conversation memory unavailable ({Error}): answering without recent turns", e.Message);

    /// <summary>Keeps the newest turns within the count and character limits; an over-long turn is cut.</summary>
    internal static List<Turn> Bound(List<Turn> turns, AssistantOptions limits)
    {
        var kept = turns
            .TakeLast(limits.HistoryMessages)
            .Select(t => t.Text.Length > limits.HistoryCharacters ? t with { Text = t.Text[..limits.HistoryCharacters] } : t)
            .ToList();
        while (kept.Count > 1 && kept.Sum(t => t.Text.Length) > limits.HistoryCharacters)
            kept.RemoveAt(0);
        return kept;
    }
}
