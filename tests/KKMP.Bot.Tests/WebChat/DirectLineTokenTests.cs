using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

[Collection(WebChatCollection.Name)]
public class DirectLineTokenTests
{
    private const string Prefix = DirectLineTestClient.Prefix;
    private const string Secret = "rahasia-uji-direct-line";

    private static BotApp AppWithSecret(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return new BotApp(settings);
    }

    [Fact]
    public async Task Generate_needs_the_secret_and_returns_an_opaque_token_bound_to_a_new_conversation()
    {
        using var app = AppWithSecret();
        var client = new DirectLineTestClient(app.CreateNetworkClient());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", Secret + "x")).StatusCode);
        var grant = await DirectLineTestClient.ReadJsonAsync(
            await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", Secret, new { user = new { id = "dl_kasir-1", name = "Kasir" } }));

        var token = (string)grant["token"]!;
        Assert.Matches(new Regex("^[A-Za-z0-9_-]{43}$"), token); // 32 random bytes, base64url, no dots
        Assert.Equal(1800, (int)grant["expires_in"]!);
        Assert.False(string.IsNullOrEmpty((string?)grant["conversationId"]));

        var started = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", token, new { user = new { id = "someone-else" } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var session = new DirectLineTestClient.Session((string)grant["conversationId"]!, token, "dl_kasir-1");
        var id = await client.PostMessageAsync(session, "/harga");
        var echo = await client.WaitForActivityAsync(session, a => (string?)a["id"] == id);
        Assert.Equal("dl_kasir-1", (string?)echo["from"]!["id"]); // the token's user, not the body's
    }

    [Fact]
    public async Task Starting_twice_answers_201_then_200_both_with_a_token_and_an_absolute_stream_url()
    {
        using var app = new BotApp();
        var http = app.CreateNetworkClient();
        var client = new DirectLineTestClient(http);
        var minted = await DirectLineTestClient.ReadJsonAsync(await http.PostAsync("/webchat/token", null));
        var token = (string)minted["token"]!;

        var first = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", token, new { user = new { } });
        var second = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", token, new { user = new { } });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        foreach (var response in new[] { first, second })
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(token, (string?)body["token"]);
            Assert.Equal((string?)minted["conversationId"], (string?)body["conversationId"]);
            Assert.StartsWith($"ws://{app.BaseAddress.Authority}{Prefix}/conversations/{minted["conversationId"]}/stream?t=", (string?)body["streamUrl"]);
        }
    }

    [Fact]
    public async Task Refresh_issues_a_new_token_for_the_same_conversation_and_user()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var refreshed = await DirectLineTestClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/refresh", session.Token));

        var newToken = (string)refreshed["token"]!;
        Assert.NotEqual(session.Token, newToken);
        Assert.Equal(session.ConversationId, (string?)refreshed["conversationId"]);
        Assert.True((int)refreshed["expires_in"]! > 900, "Web Chat refreshes every 15 minutes");
        var renewed = session with { Token = newToken };
        var id = await client.PostMessageAsync(renewed, "/harga");
        var echo = await client.WaitForActivityAsync(renewed, a => (string?)a["id"] == id);
        Assert.Equal(session.UserId, (string?)echo["from"]!["id"]);
    }

    [Fact]
    public async Task An_expired_token_gets_403_everywhere_and_cannot_be_refreshed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)); // years behind the wall clock, so any wall-time reading shows at once
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "00:00:01" }, time);
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token)).StatusCode);

        time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token, new { type = "message", text = "halo" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/refresh", session.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}", session.Token)).StatusCode);
    }

    [Fact]
    public async Task Token_minting_is_rate_limited_per_client()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:TokenMintsPerMinute"] = "3" });
        var http = app.CreateNetworkClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await http.PostAsync("/webchat/token", null)).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("")]
    [InlineData("undefined")]
    [InlineData("null")]
    public async Task Without_a_configured_secret_a_generated_one_admits_no_guess(string guess)
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());

        var generate = await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", guess);
        var start = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", guess, new { user = new { id = "dl_x" } });

        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
    }
}
