using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.HttpResults;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// POST {path of Telegram:WebhookUrl}: checks the secret header before reading anything, then
/// queues the update and answers 200 at once; a worker handles it (Telegram retries slow webhooks,
/// so waiting for the router here would cause redeliveries).
/// </summary>
public static class WebhookEndpoint
{
    public static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult>> ReceiveAsync(
        HttpRequest request, WebhookSecret secret, UpdateQueue queue)
    {
        var provided = request.Headers[WebhookSecret.HeaderName].ToString();
        if (provided.Length == 0) return TypedResults.Unauthorized();
        if (!secret.Matches(provided)) return TypedResults.StatusCode(StatusCodes.Status403Forbidden); // Forbid() would need an auth scheme

        Update? update;
        try
        {
            // The library's options: default System.Text.Json options silently leave Message null.
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }
        if (update is null) return TypedResults.BadRequest();

        try
        {
            await queue.EnqueueAsync(update, request.HttpContext.RequestAborted);
        }
        catch (ChannelClosedException)
        {
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable); // stopping: Telegram will redeliver
        }
        return TypedResults.Ok();
    }
}
