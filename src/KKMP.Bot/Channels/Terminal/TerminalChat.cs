using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Conversation = KKMP.Bot.Conversation;

namespace KKMP.Bot.Channels.Terminal;

/// <summary>The `chat` verb: a terminal conversation through the same router as every channel.</summary>
public static class TerminalChat
{
    public static bool IsRequested(string[] args) => args is ["chat", ..];

    /// <summary>
    /// The chat verb's own flags are not host configuration: keep them away from the builder. In chat
    /// mode logs go to stderr and only warnings show, so stdout is just the conversation.
    /// </summary>
    public static string[] HostArgs(string[] args) => IsRequested(args)
        ? ["--Logging:Console:LogToStandardErrorThreshold=Trace", "--Logging:LogLevel:Default=Warning"]
        : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (!TerminalOptions.TryParse(args[1..], out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        var services = app.Services;
        var koperasiId = options.KoperasiId ?? services.GetRequiredService<IdentityResolver>().DefaultKoperasiId();
        var cooperatives = services.GetRequiredService<CooperativeDirectory>();
        if (koperasiId is null || cooperatives.Get(koperasiId) is null)
        {
            await Console.Error.WriteLineAsync(NoSuchCooperative(koperasiId, cooperatives.List().Select(c => c.Id).ToList()));
            return 2;
        }

        // The operator sits at this machine, so the flags are trusted: this is the only place a role is taken from the user's own say-so.
        services.GetRequiredService<UserDirectory>().Assign(ChannelNames.Terminal, options.UserId, koperasiId, options.Role, options.UserId);
        var router = services.GetRequiredService<IConversationRouter>();
        var runId = options.SessionId ?? Guid.NewGuid().ToString("N")[..8];
        var interactive = !Console.IsInputRedirected;
        if (interactive)
            Console.WriteLine($"KKMP.Bot chat — {options.UserId} sebagai {Permissions.Name(options.Role)} di {koperasiId}. Ketik /bantuan; Ctrl+D untuk keluar.");

        var exports = TerminalFiles.Folder(services.GetRequiredService<IConfiguration>());
        var lineNumber = 0;
        while (true)
        {
            if (interactive) Console.Write("> ");
            var line = await Console.In.ReadLineAsync();
            if (line is null) break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;

            var reply = await router.HandleAsync(new IncomingMessage
            {
                Channel = ChannelNames.Terminal, ChatId = ChannelNames.Terminal, UserId = options.UserId, DisplayName = options.UserId,
                Text = line, MessageId = $"{runId}-{lineNumber}",
            });
            Console.WriteLine(reply.Text);
            foreach (var suggestion in reply.SuggestedReplies)
                Console.WriteLine($"  » {suggestion}");
            foreach (var file in reply.Attachments)
                Console.WriteLine($"  📎 {TerminalFiles.Write(exports, file)}");
            Console.WriteLine();
        }
        return 0;
    }

    /// <summary>The operator's hint when the chat has no cooperative to act in: name the ones that exist, or how to create one.</summary>
    internal static string NoSuchCooperative(string? requested, IReadOnlyList<string> existing)
    {
        const string configure = "Tambahkan lewat konfigurasi (Cooperatives__0__Id=kkmp-sukamaju, Cooperatives__0__Name=\"KKMP Sukamaju\") " +
                                 "atau nyalakan data demo (Ledger__SeedDemo=true).";
        if (requested is null) return $"Belum ada koperasi. {configure}";
        return existing.Count == 0
            ? $"Koperasi \"{requested}\" tidak ada, dan belum ada koperasi lain. {configure}"
            : $"Koperasi \"{requested}\" tidak ada. Pilih dengan --koperasi salah satu: {string.Join(", ", existing)}.";
    }
}
