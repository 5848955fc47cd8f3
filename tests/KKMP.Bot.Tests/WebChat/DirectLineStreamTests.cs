using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

[Collection(WebChatCollection.Name)]
public class DirectLineStreamTests
{
    private const string Prefix = DirectLineTestClient.Prefix;

    [Fact]
    public async Task The_stream_sends_activity_sets_tolerates_keep_alives_and_carries_the_echo_and_the_reply()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var (session, streamUrl) = await StartAsync(app, client);
        using var socket = await ConnectAsync(streamUrl);

        var welcome = await ReceiveFrameAsync(socket);
        Assert.Equal("1", (string?)welcome["watermark"]);
        Assert.Equal($"{session.ConversationId}|0000001", (string?)welcome["activities"]![0]!["id"]);

        // Web Chat's keep-alive: an empty text frame every 20 s; the server must keep going.
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var id = await client.PostMessageAsync(session, "/harga", clientActivityId: "ws-1");

        var seen = await ReceiveUntilAsync(socket, a => DirectLineTestClient.IsBotReplyTo(a, id));
        Assert.Equal("ws-1", (string?)seen.Single(a => (string?)a["id"] == id)["channelData"]!["clientActivityID"]);
        Assert.Contains(seen, a => (string?)a["type"] == "typing");
        Assert.Contains("Beras", (string?)seen[^1]["text"]);
    }

    [Fact]
    public async Task A_reconnect_replays_only_what_came_after_the_clients_watermark()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var (session, _) = await StartAsync(app, client);
        var first = await client.PostMessageAsync(session, "/harga");
        await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, first));
        var watermark = (string)(await client.GetActivitiesAsync(session, null))["watermark"]!;
        var second = await client.PostMessageAsync(session, "/bantuan");

        var reconnect = await DirectLineTestClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Get,
            $"{Prefix}/conversations/{session.ConversationId}?watermark={watermark}", session.Token));
        using var socket = await ConnectAsync((string)reconnect["streamUrl"]!);
        var replayed = await ReceiveUntilAsync(socket, a => DirectLineTestClient.IsBotReplyTo(a, second));

        Assert.Equal(second, (string?)replayed[0]["id"]);
        Assert.All(replayed, a => Assert.True(
            long.Parse(((string)a["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_stream_url_works_once_and_a_foreign_origin_is_refused()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var (session, streamUrl) = await StartAsync(app, client);

        using (await ConnectAsync(streamUrl, origin: $"http://{app.BaseAddress.Authority}")) { }
        Assert.Equal(HttpStatusCode.Forbidden, await RefusedAsync(streamUrl));

        var fresh = await DirectLineTestClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Get,
            $"{Prefix}/conversations/{session.ConversationId}?watermark=0", session.Token));
        Assert.Equal(HttpStatusCode.Forbidden, await RefusedAsync((string)fresh["streamUrl"]!, origin: "http://jahat.example"));
    }

    [Fact]
    public async Task Each_socket_receives_only_its_own_conversation()
    {
        using var app = new BotApp();
        var alice = new DirectLineTestClient(app.CreateNetworkClient());
        var bob = new DirectLineTestClient(app.CreateNetworkClient());
        var (aliceSession, aliceStream) = await StartAsync(app, alice);
        var (bobSession, _) = await StartAsync(app, bob);
        using var aliceSocket = await ConnectAsync(aliceStream);
        await ReceiveFrameAsync(aliceSocket); // the welcome

        await bob.PostMessageAsync(bobSession, "pesan bob");
        var aliceMessage = await alice.PostMessageAsync(aliceSession, "pesan alice");
        var frame = await ReceiveFrameAsync(aliceSocket);

        Assert.All(frame["activities"]!.AsArray(), a => Assert.Equal(aliceSession.ConversationId, (string?)a!["conversation"]!["id"]));
        Assert.Equal(aliceMessage, (string?)frame["activities"]![0]!["id"]);
    }

    private static async Task<(DirectLineTestClient.Session, string StreamUrl)> StartAsync(BotApp app, DirectLineTestClient client)
    {
        var http = app.CreateNetworkClient();
        var minted = await DirectLineTestClient.ReadJsonAsync(await http.PostAsync("/webchat/token", null));
        var session = new DirectLineTestClient.Session((string)minted["conversationId"]!, (string)minted["token"]!, (string)minted["userId"]!);
        var started = await DirectLineTestClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Post, $"{Prefix}/conversations", session.Token, new { user = new { } }));
        return (session, (string)started["streamUrl"]!);
    }

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (origin is not null)
            socket.Options.SetRequestHeader("Origin", origin);
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    private static async Task<HttpStatusCode> RefusedAsync(string streamUrl, string? origin = null)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
            socket.Options.SetRequestHeader("Origin", origin);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None));
        return socket.HttpStatusCode;
    }

    /// <summary>The next non-empty text frame (empty frames are keep-alives).</summary>
    private static async Task<JsonObject> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var message = new MemoryStream();
            var buffer = new byte[8192];
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            if (message.Length > 0)
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
        }
    }

    private static async Task<List<JsonObject>> ReceiveUntilAsync(WebSocket socket, Func<JsonObject, bool> last)
    {
        var seen = new List<JsonObject>();
        while (!seen.Any(last))
        {
            var frame = await ReceiveFrameAsync(socket);
            Assert.Equal(JsonValueKindString, frame["watermark"]!.GetValueKind());
            seen.AddRange(frame["activities"]!.AsArray().OfType<JsonObject>());
        }
        return seen;
    }

    private const System.Text.Json.JsonValueKind JsonValueKindString = System.Text.Json.JsonValueKind.String;
}
