using System.Text.Json.Nodes;

namespace KKMP.Bot.Tests.Fakes.TelegramBotApi;

/// <summary>One request the bot made to the fake Bot API, as it arrived on the wire.</summary>
public sealed record RecordedCall(string Token, string Method, JsonObject Parameters, int StatusCode, DateTimeOffset At)
{
    public bool Succeeded => StatusCode == 200;

    public long? ChatId => Parameters["chat_id"] is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    public string? Text => Parameters["text"]?.GetValue<string>();

    public override string ToString() => $"{Method} {StatusCode} {Parameters.ToJsonString()}";
}

/// <summary>A scripted failure for the next call(s) of one method; with <see cref="ChatId"/>, only for calls to that chat.</summary>
public sealed record FakeFault(int ErrorCode, string Description, int? RetryAfter = null, bool Disconnect = false, long? ChatId = null);
