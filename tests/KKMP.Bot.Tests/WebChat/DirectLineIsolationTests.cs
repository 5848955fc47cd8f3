using System.Net;
using System.Text.Json.Nodes;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

[Collection(WebChatCollection.Name)]
public class DirectLineIsolationTests
{
    private const string Prefix = DirectLineTestClient.Prefix;

    [Fact]
    public async Task A_token_opens_only_its_own_conversation()
    {
        using var app = new BotApp();
        // Two browsers: each HttpClient keeps its own identity cookie.
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var alice = await client.OpenPageSessionAsync();
        var bob = await new DirectLineTestClient(app.CreateNetworkClient()).OpenPageSessionAsync();
        Assert.NotEqual(alice.UserId, bob.UserId);
        await client.PostMessageAsync(bob, "rahasia bob");

        var attempts = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"{Prefix}/conversations/{bob.ConversationId}/activities", null),
            (HttpMethod.Post, $"{Prefix}/conversations/{bob.ConversationId}/activities", new { type = "message", text = "halo" }),
            (HttpMethod.Get, $"{Prefix}/conversations/{bob.ConversationId}?watermark=0", null),
        };
        foreach (var (method, path, body) in attempts)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(method, path, alice.Token, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(method, path, bearer: null, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(method, path, "bukan-token", body)).StatusCode);
        }
        var bobsLog = await client.GetActivitiesAsync(bob, null);
        Assert.DoesNotContain(bobsLog["activities"]!.AsArray(), a => (string?)a!["from"]?["id"] == alice.UserId);
    }

    [Fact]
    public async Task Reconnect_returns_a_token_and_a_fresh_stream_url_for_the_conversation()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var first = await DirectLineTestClient.ReadJsonAsync(
            await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}?watermark=1", session.Token));
        var second = await DirectLineTestClient.ReadJsonAsync(
            await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}?watermark=1", session.Token));

        Assert.Equal(session.ConversationId, (string?)first["conversationId"]);
        Assert.Equal(session.Token, (string?)first["token"]);
        Assert.StartsWith("ws://", (string?)first["streamUrl"]);
        Assert.NotEqual((string?)first["streamUrl"], (string?)second["streamUrl"]); // a new single-use stream token each time
    }

    [Fact]
    public async Task The_secret_opens_live_conversations_but_not_unknown_ones()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:Secret"] = "rahasia" });
        var client = new DirectLineTestClient(app.CreateNetworkClient());

        var response = await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/tidak-ada/activities", "rahasia");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var grant = await DirectLineTestClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", "rahasia", new { user = new { id = "dl_server" } }));
        var viaSecret = await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{grant["conversationId"]}/activities", "rahasia");
        Assert.Equal(HttpStatusCode.OK, viaSecret.StatusCode);
        var welcome = JsonNode.Parse(await viaSecret.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Single(welcome);
    }
}
