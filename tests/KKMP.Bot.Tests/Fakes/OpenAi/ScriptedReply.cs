using System.Net;

namespace KKMP.Bot.Tests.Fakes.OpenAi;

/// <summary>One scripted answer of the fake model to one /v1/chat/completions request.</summary>
public abstract record ScriptedReply
{
    /// <summary>Wait this long before answering (to exercise timeouts, or to stand in for model time).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>A plain assistant message.</summary>
    public static ScriptedReply Text(string content) => new TextReply(_ => content);

    /// <summary>An assistant message computed from the request (e.g. echoing a tool result the connector sent back).</summary>
    public static ScriptedReply Text(Func<RecordedRequest, string> content) => new TextReply(content);

    /// <summary>A tool call; <paramref name="function"/> is as the connector names it ("Prices-get_price").</summary>
    public static ScriptedReply ToolCall(string function, string argumentsJson) => new ToolCallReply(function, argumentsJson);

    /// <summary>An HTTP error with an OpenAI-style error body.</summary>
    public static ScriptedReply Error(HttpStatusCode status) => new ErrorReply(status);

    /// <summary>Any body with any status, e.g. a proxy's HTML page or truncated JSON.</summary>
    public static ScriptedReply Raw(HttpStatusCode status, string body, string contentType = "application/json") => new RawReply(status, body, contentType);
}

public sealed record RawReply(HttpStatusCode Status, string Body, string ContentType) : ScriptedReply;

public sealed record TextReply(Func<RecordedRequest, string> Content) : ScriptedReply;

public sealed record ToolCallReply(string Function, string ArgumentsJson) : ScriptedReply;

public sealed record ErrorReply(HttpStatusCode Status) : ScriptedReply;
