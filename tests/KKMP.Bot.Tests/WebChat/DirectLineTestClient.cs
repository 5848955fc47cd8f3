using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>
/// Talks Direct Line 3.0 to the real host over loopback, reading answers as raw JSON so the tests
/// check the wire format Web Chat sees rather than our own model classes.
/// </summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public const string Prefix = "/v3/directline";

    public sealed record Session(string ConversationId, string Token, string UserId);

    /// <summary>What the page does: POST /webchat/token (cookie identity), then start the conversation.</summary>
    public async Task<Session> OpenPageSessionAsync()
    {
        var minted = await ReadJsonAsync(await http.PostAsync("/webchat/token", null));
        var session = new Session((string)minted["conversationId"]!, (string)minted["token"]!, (string)minted["userId"]!);
        var started = await SendAsync(HttpMethod.Post, $"{Prefix}/conversations", session.Token, new { user = new { } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return session;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await http.SendAsync(request);
    }

    /// <summary>Posts a message the way Web Chat does (no id, timestamp or conversation) and returns the server's id.</summary>
    public async Task<string> PostMessageAsync(Session session, string text, string? clientActivityId = null)
    {
        var response = await SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token, new
        {
            type = "message",
            text,
            channelId = "webchat",
            from = new { id = session.UserId, name = "Anda", role = "user" },
            locale = "id-ID",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });
        return (string)(await ReadJsonAsync(response))["id"]!;
    }

    public async Task<JsonObject> GetActivitiesAsync(Session session, string? watermark)
    {
        var query = watermark is null ? "" : $"?watermark={Uri.EscapeDataString(watermark)}";
        return await ReadJsonAsync(await SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}/activities{query}", session.Token));
    }

    /// <summary>Polls like Web Chat until an activity matches (the bot turn runs in the background).</summary>
    public async Task<JsonObject> WaitForActivityAsync(Session session, Func<JsonObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var set = await GetActivitiesAsync(session, watermark: null);
            if (set["activities"]!.AsArray().OfType<JsonObject>().FirstOrDefault(match) is { } found)
                return found;
            await Task.Delay(50, timeout.Token);
        }
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static bool IsBotReplyTo(JsonObject activity, string userActivityId) =>
        (string?)activity["type"] == "message" && (string?)activity["from"]?["role"] == "bot" && (string?)activity["replyToId"] == userActivityId;
}
