using System.Text.Json;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>Error answers in the Direct Line shape: <c>{"error":{"code","message"}}</c>.</summary>
public static class DirectLineResults
{
    public sealed record ErrorBody(ErrorDetail Error);

    public sealed record ErrorDetail(string Code, string Message);

    /// <summary>403 tells Web Chat the token is not (or no longer) good; 401 would stop its polling for good.</summary>
    public static IResult Forbidden() => Error(403, "TokenExpired", "Token tidak ada, sudah kedaluwarsa, atau bukan untuk percakapan ini.");

    /// <summary>404 tells Web Chat the conversation has ended.</summary>
    public static IResult NotFound() => Error(404, "ConversationNotFound", "Percakapan tidak ditemukan atau sudah berakhir.");

    public static IResult BadRequest(string message) => Error(400, "BadArgument", message);

    public static IResult TooLarge(int maxBytes) => Error(413, "MessageSizeTooBig", $"Isi permintaan melebihi batas {maxBytes} byte.");

    public static IResult Json<T>(T value, int statusCode = 200) => TypedResults.Json(value, DirectLineJson.Options, statusCode: statusCode);

    private static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorBody(new ErrorDetail(code, message)), DirectLineJson.Options, statusCode: status);
}

/// <summary>Reads a small JSON body with a hard size cap (the client is untrusted).</summary>
public static class JsonBody
{
    /// <summary>The parsed body (default for an empty one), or an error result to return as is.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
            return (default, DirectLineResults.TooLarge(maxBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return (default, DirectLineResults.TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return (default, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), DirectLineJson.Options), null);
        }
        catch (JsonException)
        {
            return (default, DirectLineResults.BadRequest("Isi permintaan bukan JSON yang sah."));
        }
    }
}
