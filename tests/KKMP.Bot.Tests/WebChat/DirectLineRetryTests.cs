using System.Text.Json.Nodes;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>
/// A browser that timed out posts the same activity again (same channelData.clientActivityID): the
/// write is recorded once, the repeat gets the original activity id and a "sudah tercatat" reply.
/// </summary>
[Collection(WebChatCollection.Name)]
public class DirectLineRetryTests
{
    private const string Prefix = DirectLineTestClient.Prefix;
    private const string Secret = "rahasia-uji-ulang";
    private const string Cashier = "dl_kasir-ulang";

    [Fact]
    public async Task The_same_activity_posted_twice_records_once_and_the_repeat_gets_the_original_id_and_sudah_tercatat()
    {
        using var app = new BotApp(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["Bot:AdminUserIds:0"] = $"webchat:{Cashier}",
        });
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await StartAsCashierAsync(client);

        var first = await client.PostMessageAsync(session, "/masuk beras 5 kg", clientActivityId: "retry-1");
        var firstReply = await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, first));
        var repeat = await client.PostMessageAsync(session, "/masuk beras 5 kg", clientActivityId: "retry-1");
        var again = await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, first) && ((string?)a["text"])!.Contains("sudah tercatat"));
        var stock = await AskAsync(client, session, "/stok");

        Assert.Equal(first, repeat);
        Assert.StartsWith("Tercatat", (string?)firstReply["text"]);
        Assert.Contains("Tercatat: masuk beras 5 kg", (string?)again["text"]); // the original entry, quoted
        Assert.Matches(@"Beras\D*105 kg", stock); // the demo's 100 kg + 5 kg, once
        var log = (await client.GetActivitiesAsync(session, null))["activities"]!.AsArray().OfType<JsonObject>();
        Assert.Single(log, a => (string?)a["channelData"]?["clientActivityID"] == "retry-1"); // one echo for Web Chat to match
    }

    [Fact]
    public async Task Two_activities_with_the_same_text_and_different_client_ids_are_two_entries()
    {
        using var app = new BotApp(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["Bot:AdminUserIds:0"] = $"webchat:{Cashier}",
        });
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await StartAsCashierAsync(client);

        var first = await client.PostMessageAsync(session, "/masuk beras 5 kg", clientActivityId: "a-1");
        var second = await client.PostMessageAsync(session, "/masuk beras 5 kg", clientActivityId: "a-2");
        await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, second));
        var stock = await AskAsync(client, session, "/stok");

        Assert.NotEqual(first, second);
        Assert.Matches(@"Beras\D*110 kg", stock);
    }

    private static async Task<DirectLineTestClient.Session> StartAsCashierAsync(DirectLineTestClient client)
    {
        var grant = await DirectLineTestClient.ReadJsonAsync(
            await client.SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", Secret, new { user = new { id = Cashier, name = "Kasir" } }));
        var token = (string)grant["token"]!;
        await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", token, new { user = new { id = Cashier } });
        return new DirectLineTestClient.Session((string)grant["conversationId"]!, token, Cashier);
    }

    private static async Task<string> AskAsync(DirectLineTestClient client, DirectLineTestClient.Session session, string text)
    {
        var id = await client.PostMessageAsync(session, text);
        return (string)(await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, id)))["text"]!;
    }
}
