using System.Net;
using System.Text.Json.Nodes;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

[Collection(WebChatCollection.Name)]
public class DirectLineActivityTests
{
    private const string Prefix = DirectLineTestClient.Prefix;

    [Fact]
    public async Task Posted_activity_is_stamped_by_the_server_and_echoed_with_its_client_activity_id_before_the_post_answers()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        // Everything a client could forge: id, timestamp, conversation and sender.
        var response = await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{session.ConversationId}/activities", session.Token, new
        {
            type = "message",
            id = "forged-id",
            timestamp = "2001-01-01T00:00:00Z",
            conversation = new { id = "someone-else" },
            from = new { id = "admin", name = "Anda" },
            text = "/harga",
            channelData = new { clientActivityID = "client-42" },
        });
        var id = (string)(await DirectLineTestClient.ReadJsonAsync(response))["id"]!;

        // Read right after the POST answered: the echo must already be in the log.
        var set = await client.GetActivitiesAsync(session, watermark: null);
        var echo = set["activities"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["id"] == id);
        Assert.Equal($"{session.ConversationId}|0000002", id); // the welcome is 0000001
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal(session.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal(session.ConversationId, (string?)echo["conversation"]!["id"]);
        Assert.Equal("webchat", (string?)echo["channelId"]);
        var stamped = DateTimeOffset.Parse((string)echo["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(stamped > DateTimeOffset.UtcNow.AddMinutes(-1), $"timestamp {stamped} is not the server's time");
    }

    [Fact]
    public async Task The_bot_types_then_replies_in_markdown_to_the_users_message_with_the_cooperatives_prices()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var id = await client.PostMessageAsync(session, "/harga");
        var reply = await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, id));

        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Equal("id-ID", (string?)reply["locale"]);
        Assert.Equal("bot", (string?)reply["from"]!["id"]);
        Assert.Contains("Beras", (string?)reply["text"]);
        Assert.Contains("Rp12.500", (string?)reply["text"]);
        var all = (await client.GetActivitiesAsync(session, null))["activities"]!.AsArray().OfType<JsonObject>().ToList();
        var typing = all.FindIndex(a => (string?)a["type"] == "typing" && (string?)a["replyToId"] == id);
        var replied = all.FindIndex(a => (string?)a["id"] == (string?)reply["id"]);
        Assert.InRange(typing, 0, replied - 1);
    }

    [Fact]
    public async Task The_welcome_offers_the_starters_as_imBack_suggested_actions()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var welcome = (await client.GetActivitiesAsync(session, null))["activities"]!.AsArray().OfType<JsonObject>().Single();
        var actions = welcome["suggestedActions"]!["actions"]!.AsArray().OfType<JsonObject>().ToList();

        Assert.Equal(["Harga hari ini", "Tanya aturan koperasi", "Bantuan"], actions.Select(a => (string)a["title"]!));
        Assert.All(actions, a => Assert.Equal("imBack", (string?)a["type"]));
        Assert.Equal("/harga", (string?)actions[0]["value"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bukan-angka")]
    [InlineData("-5")]
    public async Task A_missing_or_unreadable_watermark_means_everything(string? watermark)
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();
        var id = await client.PostMessageAsync(session, "/harga");
        await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, id));

        var set = await client.GetActivitiesAsync(session, watermark);

        var activities = set["activities"]!.AsArray();
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)set["watermark"]);
        Assert.Equal($"{session.ConversationId}|0000001", (string?)activities[0]!["id"]);
    }

    [Fact]
    public async Task Nothing_new_returns_no_activities_and_the_same_watermark_and_new_ones_follow_it()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();

        var first = await client.GetActivitiesAsync(session, null);
        var watermark = (string)first["watermark"]!;
        var again = await client.GetActivitiesAsync(session, watermark);
        Assert.Empty(again["activities"]!.AsArray());
        Assert.Equal(watermark, (string?)again["watermark"]);
        Assert.Equal(System.Text.Json.JsonValueKind.String, again["watermark"]!.GetValueKind());

        var id = await client.PostMessageAsync(session, "/harga");
        var next = await client.GetActivitiesAsync(session, watermark);
        Assert.Equal(id, (string?)next["activities"]![0]!["id"]);
        Assert.NotEqual(watermark, (string?)next["watermark"]);
    }
}
