namespace KKMP.Bot.Conversation;

/// <summary>
/// A transport-neutral answer. <see cref="Text"/> is plain text (no markup): adapters escape it
/// for their format (Telegram HTML, Direct Line markdown) and split it where the transport needs.
/// </summary>
public sealed record Reply(string Text)
{
    /// <summary>Short texts the user can tap instead of typing; each is sent back as that text.</summary>
    public IReadOnlyList<string> SuggestedReplies { get; init; } = [];

    /// <summary>Files and pictures sent after the text (a report as XLSX, a chart as PNG); each adapter sends them its own way.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public static Reply Of(string text, params string[] suggestions) => new(text) { SuggestedReplies = suggestions };
}

/// <summary>A file for the user: its name, content type and bytes. Adapters translate it; they never build it.</summary>
public sealed record Attachment(string Name, string ContentType, byte[] Bytes)
{
    /// <summary>Pictures are shown in the conversation; other files are offered to download.</summary>
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
