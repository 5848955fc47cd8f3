using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// POST {path of Telegram:WebhookUrl}: checks the secret header before reading anything, stores the
/// update in the inbox and answers 200; a worker handles it. Telegram does not resend after a 200, so
/// the update must be durable before it (handling it before answering would make the answer wait for
/// the router and the reply's round trip: see the README for the arithmetic and the measured cost).
/// </summary>
public static class WebhookEndpoint
{
    public static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult>> ReceiveAsync(
        HttpRequest request, WebhookSecret secret, TelegramIntake intake, ILoggerFactory loggers)
    {
        var provided = request.Headers[WebhookSecret.HeaderName].ToString();
        if (provided.Length == 0) return TypedResults.Unauthorized();
        if (!secret.Matches(provided)) return TypedResults.StatusCode(StatusCodes.Status403Forbidden); // Forbid() would need an auth scheme

        string payload;
        Update? update;
        try
        {
            using var reader = new StreamReader(request.Body);
            payload = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            // The library's options: default System.Text.Json options silently leave Message null.
            update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }
        if (update is null) return TypedResults.BadRequest();

        if (UpdateShape.MalformedReason(update) is { } reason)
        {
            // Answered 200 so Telegram does not resend it forever; there is nothing to handle.
            loggers.CreateLogger(typeof(WebhookEndpoint)).LogDebug("Update {UpdateId} diabaikan: {Reason}", update.Id, reason);
            return TypedResults.Ok();
        }

        await intake.AcceptAsync(update, payload);
        return TypedResults.Ok();
    }
}
