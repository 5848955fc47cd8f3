using System.Text.Json;
using System.Text.Json.Serialization;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>
/// The part of a Bot Framework activity that Web Chat sends and renders. Our own small model:
/// the Bot Builder packages cannot be restored here, and we need few fields.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? ChannelId { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? From { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public JsonElement[]? Attachments { get; init; }

    /// <summary>Kept as sent: Web Chat matches its echo by <c>channelData.clientActivityID</c>.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>
    /// The id the client gave this activity (a browser retrying after a timeout posts it again with the
    /// same one); an id over 100 characters is not kept, so it counts as none.
    /// </summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= 100 } value
            ? value
            : null;
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
}

public sealed record ChannelAccount(string Id, string? Name = null, string? Role = null);

public sealed record ConversationAccount(string Id);

public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);

/// <summary>An imBack action sends <see cref="Value"/> back as the user's message.</summary>
public sealed record CardAction(string Type, string Title, string Value);

/// <summary>GET activities and every WebSocket frame.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>Answer of token and conversation endpoints.</summary>
public sealed record ConversationGrant(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

public sealed record ResourceResponse(string Id);

/// <summary>Optional body of /tokens/generate and POST /conversations.</summary>
public sealed record StartRequest(ChannelAccount? User);

public static class DirectLineJson
{
    /// <summary>camelCase, nulls omitted: what DirectLineJS expects and sends.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
