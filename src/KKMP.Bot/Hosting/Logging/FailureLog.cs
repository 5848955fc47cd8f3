using System.Security.Cryptography;

namespace KKMP.Bot.Hosting.Logging;

/// <summary>
/// How failures are logged: one line with a short error id at the default level, so a log stays
/// readable when an endpoint is down for an hour; the stack trace only at Debug (same id), or at once
/// for failures nobody expected (a bug), which deserve it.
/// </summary>
public static class FailureLog
{
    /// <summary>An expected failure (a model endpoint down, a timeout): one Warning line, the stack at Debug. Returns the error id.</summary>
    public static string Expected(this ILogger logger, Exception error, string what)
    {
        var id = NewId();
        logger.LogWarning("{What} (error {ErrorId}: {Error})", what, id, Describe(error));
        if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug(error, "Error {ErrorId} in full", id);
        return id;
    }

    /// <summary>An unexpected failure: logged with its stack at Error. Returns the error id (worth showing the user).</summary>
    public static string Unexpected(this ILogger logger, Exception error, string what)
    {
        var id = NewId();
        logger.LogError(error, "{What} (error {ErrorId})", what, id);
        return id;
    }

    /// <summary>"HttpRequestException: Response status code does not indicate success: 500 ← IOException: …", on one line.</summary>
    public static string Describe(Exception error)
    {
        var parts = new List<string>();
        for (var e = error; e is not null && parts.Count < 3; e = e.InnerException)
            parts.Add($"{e.GetType().Name}: {e.Message}");
        return string.Join(" ← ", parts).ReplaceLineEndings(" ");
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
