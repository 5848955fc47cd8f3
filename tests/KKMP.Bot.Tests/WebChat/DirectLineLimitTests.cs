using Microsoft.Extensions.Time.Testing;
using System.Net;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>What an untrusted client cannot do: oversized or malformed bodies, long texts, floods, stowaway data.</summary>
[Collection(WebChatCollection.Name)]
public class DirectLineLimitTests
{
    private const string Prefix = DirectLineTestClient.Prefix;

    [Fact]
    public async Task Too_long_text_gets_an_Indonesian_explanation_and_an_oversized_body_is_refused()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["Bot:MaxMessageLength"] = "50", ["DirectLine:MaxBodyBytes"] = "2000" });
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var id = await client.PostMessageAsync(session, new string('a', 51));
        var reply = await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, id));
        Assert.Contains("terlalu panjang", (string?)reply["text"]);

        var huge = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token,
            new { type = "message", text = new string('b', 3000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        var untyped = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token,
            new { text = "tanpa type" });
        Assert.Equal(HttpStatusCode.BadRequest, untyped.StatusCode);
        using var notJson = new HttpRequestMessage(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities")
        {
            Content = new StringContent("{bukan json", System.Text.Encoding.UTF8, "application/json"),
        };
        notJson.Headers.Authorization = new("Bearer", session.Token);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateNetworkClient().SendAsync(notJson)).StatusCode);
    }

    [Fact]
    public async Task Only_the_client_activity_id_of_channel_data_is_kept()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token, new
        {
            type = "message",
            text = "/harga",
            channelData = new { clientActivityID = "c-1", muatan = new string('x', 5000) },
        });
        var id = (string)(await DirectLineTestClient.ReadJsonAsync(response))["id"]!;

        var echo = await client.WaitForActivityAsync(session, a => (string?)a["id"] == id);
        Assert.Equal("""{"clientActivityID":"c-1"}""", echo["channelData"]!.ToJsonString());
    }

    [Fact]
    public async Task A_conversation_that_floods_messages_gets_429()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:MessagesPerMinute"] = "2" });
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();
        var other = await new DirectLineTestClient(app.CreateNetworkClient()).OpenPageSessionAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token,
                new { type = "message", text = "/harga" })).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await client.PostMessageAsync(other, "/harga"); // another conversation is not affected
    }

    [Fact]
    public async Task Conversations_are_bounded_and_the_least_recently_used_is_dropped_with_404()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var first = await client.OpenPageSessionAsync();
        var second = await client.OpenPageSessionAsync();
        await client.GetActivitiesAsync(second, null);

        var third = await client.OpenPageSessionAsync();

        var gone = await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{first.ConversationId}/activities", first.Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode); // Web Chat ends the conversation; a reload starts a new one
        await client.GetActivitiesAsync(second, null);
        await client.GetActivitiesAsync(third, null);
    }

    [Fact]
    public async Task An_idle_conversation_expires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)); // years behind the wall clock, so any wall-time reading shows at once
        using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "00:00:01" }, time);
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        time.Advance(TimeSpan.FromSeconds(1.5));

        var gone = await client.SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
