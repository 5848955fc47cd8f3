using System.Text.Json.Nodes;

namespace KKMP.Bot.Tests.Fakes.TelegramBotApi;

/// <summary>One request the bot made to the fake Bot API, as it arrived on the wire.</summary>
public sealed record RecordedCall(string Token, string Method, JsonObject Parameters, int StatusCode, DateTimeOffset At)
{
    public bool Succeeded => StatusCode == 200;

    /// <summary>A number in JSON bodies, a string in multipart forms.</summary>
    public long? ChatId => Parameters["chat_id"] is JsonValue v && (v.TryGetValue<long>(out var id) || (v.TryGetValue<string>(out var text) && long.TryParse(text, out id))) ? id : null;

    /// <summary>The bytes of an uploaded file parameter ("document", "photo"), as they arrived in the multipart body.</summary>
    public byte[]? FileBytes(string parameter) => File(parameter)?["bytes"] is JsonValue b ? Convert.FromBase64String(b.GetValue<string>()) : null;

    public string? FileName(string parameter) => File(parameter)?["file_name"]?.GetValue<string>();

    /// <summary>The file part itself, or the part an "attach://name" value points to (how Telegram.Bot names uploads).</summary>
    private JsonObject? File(string parameter) => Parameters[parameter] switch
    {
        JsonObject file => file,
        JsonValue v when v.TryGetValue<string>(out var text) && text.StartsWith("attach://") => Parameters[text["attach://".Length..]] as JsonObject,
        _ => null,
    };

    public string? Text => Parameters["text"]?.GetValue<string>();

    public override string ToString() => $"{Method} {StatusCode} {Parameters.ToJsonString()}";
}

/// <summary>
/// A scripted failure for the next call(s) of one method; with <see cref="ChatId"/>, only for calls to that chat.
/// <see cref="Disconnect"/> drops the connection; <see cref="Stall"/> never answers until the client gives up (an answer
/// lost on the way).
/// </summary>
public sealed record FakeFault(int ErrorCode, string Description, int? RetryAfter = null, bool Disconnect = false, long? ChatId = null, bool Stall = false)
{
    public static FakeFault Stalled() => new(0, "no answer", Stall: true);
}
