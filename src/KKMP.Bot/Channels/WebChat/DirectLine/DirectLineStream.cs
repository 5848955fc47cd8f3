using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>
/// The WebSocket at a conversation's streamUrl: sends <c>{activities, watermark}</c> frames for its
/// own conversation only, replaying after the watermark baked into the single-use stream token.
/// Whatever the client sends (Web Chat sends "" every 20 s as a keep-alive) is read and ignored.
/// </summary>
public static class DirectLineStream
{
    public static async Task<IResult> AcceptAsync(string conversationId, HttpContext context, DirectLineTokens tokens,
        IConversationStore store, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineResults.BadRequest("Alamat ini hanya menerima WebSocket.");
        if (!OriginAllowed(context.Request, options.Value.AllowedOrigins))
            return DirectLineResults.Forbidden();
        if (tokens.RedeemStream(context.Request.Query["t"]) is not { } grant || grant.ConversationId != conversationId)
            return DirectLineResults.Forbidden();
        if (store.Find(conversationId) is not { } conversation)
            return DirectLineResults.NotFound();

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var reading = DrainUntilClosedAsync(socket, closing);
        await SendActivitiesAsync(socket, conversation, grant.Watermark, closing.Token);
        await CloseAsync(socket);
        await reading;
        return Results.Empty;
    }

    /// <summary>Browsers always send Origin: it must be this host or a configured one. Non-browser clients send none.</summary>
    public static bool OriginAllowed(HttpRequest request, IEnumerable<string> allowed)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0)
            return true;
        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || allowed.Any(o => string.Equals(origin, o.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    private static async Task SendActivitiesAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await conversation.WaitForActivityAfterAsync(watermark, cancellationToken);
                var set = conversation.After(watermark);
                watermark = long.Parse(set.Watermark, CultureInfo.InvariantCulture);
                if (set.Activities.Count == 0)
                    continue;
                var frame = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJson.Options);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (OperationCanceledException) { /* the client left or the host is stopping */ }
        catch (WebSocketException) { /* the connection broke: the client reconnects with its watermark */ }
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
        finally
        {
            await closing.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token); }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException) { }
    }
}
