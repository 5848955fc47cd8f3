using System.Text.Json.Serialization;
using KKMP.Bot.Channels.WebChat.DirectLine;
using Microsoft.Net.Http.Headers;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>The page at "/" and its same-origin token endpoint (the Direct Line secret never reaches the browser).</summary>
public static class WebChatPage
{
    public const string TokenPath = "/webchat/token";

    public sealed record PageToken(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string UserId);

    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Page);
        routes.MapPost(TokenPath, MintToken).RequireRateLimiting(DirectLineApi.MintPolicy);
        return routes;
    }

    private static IResult Page(HttpContext context, WebChatPageModel model)
    {
        var headers = context.Response.Headers;
        // Web Chat styles itself with inline <style> elements; scripts only from this host.
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
            $"img-src 'self' data: blob:; connect-src 'self' {(context.Request.IsHttps ? "wss" : "ws")}://{context.Request.Host}; " +
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(WebChatPageHtml.Render(model.CooperativeName), "text/html; charset=utf-8");
    }

    /// <summary>Identifies the browser by its signed cookie (or gives it one) and opens a conversation for it.</summary>
    private static IResult MintToken(HttpContext context, WebChatIdentity identity, DirectLineAccess access, DirectLineTokens tokens)
    {
        var userId = identity.Resolve(context);
        var (conversation, token) = access.Open(userId);
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return DirectLineResults.Json(new PageToken(conversation.Id, token, tokens.SecondsLeft(token), userId));
    }
}
