namespace KKMP.Bot.Channels.WebChat;

/// <summary>The web chat page (section "WebChat").</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Cooperative name shown on the page; when empty the default cooperative's name from the ledger is used.</summary>
    public string? CooperativeName { get; set; }

    /// <summary>Name the bot shows in the chat.</summary>
    public string BotName { get; set; } = "Asisten Koperasi";

    /// <summary>Folder for the ASP.NET Data Protection keys that sign the identity cookie; default: "keys" beside the LiteDB file.</summary>
    public string? KeysPath { get; set; }

    /// <summary>How long a browser keeps its identity (the signed cookie) without visiting.</summary>
    public TimeSpan IdentityLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How long a file's download link (a report, an export) works after it is sent.</summary>
    public TimeSpan FileLinkLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
