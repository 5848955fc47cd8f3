namespace KKMP.Bot.Channels.Terminal;

/// <summary>The `chat` verb: a terminal conversation through the same router as every channel.</summary>
public static class TerminalChat
{
    public static bool IsRequested(string[] args) => args is ["chat", ..];

    /// <summary>The chat verb's own flags are not host configuration: keep them away from the builder.</summary>
    public static string[] HostArgs(string[] args) => IsRequested(args) ? [] : args;

    // Filled by issue #2 (terminal chat).
    public static Task<int> RunAsync(WebApplication app, string[] args) => Task.FromResult(0);
}
