using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KKMP.Bot.Conversation;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>
/// Files in web chat. Pictures travel inside the activity (a data URL, shown inline). Other files are
/// kept in the distributed cache and offered by a link: a browser link cannot carry the Direct Line
/// token, so the link itself is the capability. It names the conversation and a 256-bit random id,
/// works only for that conversation, and expires after <see cref="WebChatOptions.FileLinkLifetime"/>.
/// </summary>
public sealed class WebChatFiles(IDistributedCache cache, TimeProvider clock, IOptions<WebChatOptions> options)
{
    public const string RoutePrefix = "/webchat/files";

    private sealed record Stored(string ConversationId, string Name, string ContentType, byte[] Bytes, DateTimeOffset ExpiresUtc);

    /// <summary>The Direct Line attachments for a reply's files (stores the non-image ones).</summary>
    public async Task<JsonElement[]?> AttachmentsAsync(string conversationId, IReadOnlyList<Attachment> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0) return null;
        var result = new List<JsonElement>();
        foreach (var file in files)
        {
            var url = file.IsImage
                ? $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Bytes)}"
                : await OfferAsync(conversationId, file, cancellationToken);
            result.Add(JsonSerializer.SerializeToElement(new { contentType = file.ContentType, contentUrl = url, name = file.Name }));
        }
        return [.. result];
    }

    /// <summary>Stores the file and returns its link.</summary>
    public async Task<string> OfferAsync(string conversationId, Attachment file, CancellationToken cancellationToken)
    {
        var id = Base64Url(RandomNumberGenerator.GetBytes(32));
        var lifetime = options.Value.FileLinkLifetime;
        var stored = new Stored(conversationId, Path.GetFileName(file.Name), file.ContentType, file.Bytes, clock.GetUtcNow() + lifetime);
        await cache.SetAsync(Key(id), JsonSerializer.SerializeToUtf8Bytes(stored),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken);
        return $"{RoutePrefix}/{Uri.EscapeDataString(conversationId)}/{id}/{Uri.EscapeDataString(stored.Name)}";
    }

    /// <summary>The file, only for its own conversation and before it expires; null otherwise.</summary>
    public async Task<Attachment?> FindAsync(string conversationId, string fileId, CancellationToken cancellationToken)
    {
        if (fileId.Length != 43 || await cache.GetAsync(Key(fileId), cancellationToken) is not { } json) return null;
        var stored = JsonSerializer.Deserialize<Stored>(json)!;
        var bound = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored.ConversationId), Encoding.UTF8.GetBytes(conversationId));
        return bound && clock.GetUtcNow() < stored.ExpiresUtc ? new Attachment(stored.Name, stored.ContentType, stored.Bytes) : null;
    }

    private static string Key(string id) => $"webchat-file:{id}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public static class WebChatFilesApi
{
    public static IEndpointRouteBuilder MapWebChatFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapGet($"{WebChatFiles.RoutePrefix}/{{conversationId}}/{{fileId}}/{{name}}", DownloadAsync);
        return routes;
    }

    /// <summary>Another conversation's link, an expired one and a made-up one all get the same 404: it tells nothing.</summary>
    private static async Task<IResult> DownloadAsync(string conversationId, string fileId, WebChatFiles files, HttpContext context, CancellationToken cancellationToken)
    {
        if (await files.FindAsync(conversationId, fileId, cancellationToken) is not { } file) return Results.NotFound();
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file.Bytes, file.ContentType, file.Name);
    }
}
