using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace KKMP.Bot.Tests.Fakes.OpenAi;

/// <summary>Writes a scripted reply in OpenAI's chat completion format: one JSON object, or SSE chunks ending in [DONE].</summary>
internal static class ChatCompletionWriter
{
    private static int _ids;

    public static async Task WriteAsync(HttpResponse response, RecordedRequest request, ScriptedReply reply, CancellationToken cancellationToken)
    {
        var id = $"chatcmpl-{Interlocked.Increment(ref _ids)}";
        var (message, finish) = Message(reply, request, id);
        if (!request.Stream)
        {
            await response.WriteAsJsonAsync(Envelope(id, "chat.completion", request.Model, new JsonObject
            {
                ["index"] = 0, ["message"] = message, ["finish_reason"] = finish,
            }, withUsage: true), cancellationToken);
            return;
        }

        response.ContentType = "text/event-stream";
        foreach (var delta in StreamDeltas(message))
            await SendAsync(Envelope(id, "chat.completion.chunk", request.Model, new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = null }));
        await SendAsync(Envelope(id, "chat.completion.chunk", request.Model, new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = finish }));
        await response.WriteAsync("data: [DONE]\n\n", cancellationToken);

        async Task SendAsync(JsonObject chunk)
        {
            await response.WriteAsync($"data: {chunk.ToJsonString()}\n\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
    }

    private static (JsonObject Message, string Finish) Message(ScriptedReply reply, RecordedRequest request, string id) => reply switch
    {
        TextReply text => (new JsonObject { ["role"] = "assistant", ["content"] = text.Content(request) }, "stop"),
        ToolCallReply call => (new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = $"call_{id}", ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Function, ["arguments"] = call.ArgumentsJson },
            }),
        }, "tool_calls"),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, "not a completion"),
    };

    /// <summary>Text arrives in a few pieces, a tool call in one delta with index 0, like real servers send them.</summary>
    private static IEnumerable<JsonObject> StreamDeltas(JsonObject message)
    {
        if (message["tool_calls"] is JsonArray calls)
        {
            var call = (JsonObject)calls[0]!.DeepClone();
            call["index"] = 0;
            yield return new JsonObject { ["role"] = "assistant", ["tool_calls"] = new JsonArray(call) };
            yield break;
        }
        var content = message["content"]?.GetValue<string>() ?? "";
        yield return new JsonObject { ["role"] = "assistant", ["content"] = "" };
        for (var i = 0; i < content.Length; i += 16)
            yield return new JsonObject { ["content"] = content.Substring(i, Math.Min(16, content.Length - i)) };
    }

    private static JsonObject Envelope(string id, string kind, string model, JsonObject choice, bool withUsage = false)
    {
        var envelope = new JsonObject
        {
            ["id"] = id, ["object"] = kind, ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["model"] = model,
            ["choices"] = new JsonArray(choice),
        };
        if (withUsage)
            envelope["usage"] = JsonSerializer.SerializeToNode(new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 });
        return envelope;
    }
}
