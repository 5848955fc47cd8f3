using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>The Direct Line 3.0 REST endpoints Web Chat uses, under /v3/directline.</summary>
public static partial class DirectLineApi
{
    public const string MintPolicy = "directline-mint";
    public const string PostPolicy = "directline-post";
    /// <summary>Starting with the secret (or with nothing valid) mints a token: limited like minting. A held token is not.</summary>
    public const string StartPolicy = "directline-start";

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v3/directline");
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(MintPolicy);
        group.MapPost("/tokens/refresh", RefreshToken).RequireRateLimiting(MintPolicy);
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(StartPolicy);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineActivities.PostAsync).RequireRateLimiting(PostPolicy);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineActivities.Get);
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return group;
    }

    /// <summary>Server-to-server: the secret holder names the user (or gets a fresh one) and receives a conversation token.</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineSecret secret, DirectLineAccess access)
    {
        if (!secret.Matches(BearerToken.From(request)))
            return DirectLineResults.Forbidden();
        var (body, error) = await JsonBody.ReadAsync<StartRequest>(request, 4096);
        if (error is not null)
            return error;
        if (UserIdFrom(body) is not { } userId)
            return DirectLineResults.BadRequest("user.id hanya boleh berisi huruf, angka, '_', '-', ':', '.', '@' (maksimal 64).");
        var (conversation, token) = access.Open(userId);
        return DirectLineResults.Json(access.GrantFor(conversation, token));
    }

    /// <summary>A new token for the same conversation and user; the old one stays valid until it expires.</summary>
    private static IResult RefreshToken(HttpRequest request, DirectLineTokens tokens, IConversationStore store, DirectLineAccess access)
    {
        if (tokens.Find(BearerToken.From(request)) is not { } grant)
            return DirectLineResults.Forbidden();
        if (store.Find(grant.ConversationId) is not { } conversation)
            return DirectLineResults.NotFound();
        return DirectLineResults.Json(access.GrantFor(conversation, tokens.Issue(grant.ConversationId, grant.UserId)));
    }

    /// <summary>
    /// With a token: starts (201, first time) or resumes (200) the token's conversation.
    /// With the secret: opens a new conversation and returns its token.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(HttpRequest request, DirectLineTokens tokens, DirectLineSecret secret,
        IConversationStore store, DirectLineAccess access, WebChatTurns turns, WebChatPageModel page)
    {
        var bearer = BearerToken.From(request);
        DirectLineConversation conversation;
        string token;
        if (tokens.Find(bearer) is { } grant)
        {
            if (store.Find(grant.ConversationId) is not { } existing)
                return DirectLineResults.NotFound();
            (conversation, token) = (existing, bearer!);
        }
        else if (secret.Matches(bearer))
        {
            var (body, error) = await JsonBody.ReadAsync<StartRequest>(request, 4096);
            if (error is not null)
                return error;
            if (UserIdFrom(body) is not { } userId)
                return DirectLineResults.BadRequest("user.id hanya boleh berisi huruf, angka, '_', '-', ':', '.', '@' (maksimal 64).");
            (conversation, token) = access.Open(userId);
        }
        else
            return DirectLineResults.Forbidden();

        var isNew = conversation.MarkStarted();
        if (isNew)
            turns.Welcome(conversation, page.CooperativeName);
        var grantBody = access.GrantFor(conversation, token, access.StreamUrl(request, conversation, watermark: 0));
        return DirectLineResults.Json(grantBody, isNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>WebSocket reconnect: a fresh stream URL that replays after the client's watermark.</summary>
    private static IResult Reconnect(string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, IConversationStore store)
    {
        if (access.Authorize(request, conversationId) is null)
            return DirectLineResults.Forbidden();
        if (store.Find(conversationId) is not { } conversation)
            return DirectLineResults.NotFound();
        var token = BearerToken.From(request)!;
        return DirectLineResults.Json(access.GrantFor(conversation, token, access.StreamUrl(request, conversation, ParseWatermark(watermark))));
    }

    /// <summary>Watermarks are strings; empty, missing or non-numeric means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? UserIdFrom(StartRequest? body) => body?.User?.Id switch
    {
        null or "" => "dl_" + DirectLineTokens.NewOpaqueValue()[..22],
        var id when UserIdPattern().IsMatch(id) => id,
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9_:.@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
