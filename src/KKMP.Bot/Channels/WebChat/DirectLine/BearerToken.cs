using Microsoft.Net.Http.Headers;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

public static class BearerToken
{
    /// <summary>The value after "Bearer " in the Authorization header, or null.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}
