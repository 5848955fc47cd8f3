using System.Text.Json.Nodes;

namespace KKMP.Bot.Tests.Fakes.OpenAi;

/// <summary>A chat completion request as the fake server received it, with helpers for assertions.</summary>
public sealed record RecordedRequest(JsonObject Body)
{
    public string Path { get; init; } = "";

    public bool Stream => Body["stream"]?.GetValue<bool>() ?? false;

    public string Model => Body["model"]?.GetValue<string>() ?? "";

    public IReadOnlyList<(string Role, string Content)> Messages =>
        (Body["messages"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(m => (m["role"]?.GetValue<string>() ?? "", ContentOf(m["content"])))
            .ToList();

    /// <summary>Names of the functions offered to the model ("Prices-get_price").</summary>
    public IReadOnlyList<string> ToolNames =>
        (Body["tools"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(t => t["function"]?["name"]?.GetValue<string>() ?? "")
            .ToList();

    /// <summary>The content of the last tool result message, if any.</summary>
    public string? LastToolResult => Messages.LastOrDefault(m => m.Role == "tool").Content;

    public string LastUserMessage => Messages.LastOrDefault(m => m.Role == "user").Content ?? "";

    // Content is a string, or an array of parts ({"type":"text","text":…}) depending on the client.
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray parts => string.Concat(parts.OfType<JsonObject>().Select(p => p["text"]?.GetValue<string>())),
        _ => "",
    };
}
