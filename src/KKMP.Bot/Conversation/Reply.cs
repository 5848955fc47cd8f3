namespace KKMP.Bot.Conversation;

/// <summary>
/// A transport-neutral answer. <see cref="Text"/> is plain text (no markup): adapters escape it
/// for their format (Telegram HTML, Direct Line markdown) and split it where the transport needs.
/// </summary>
public sealed record Reply(string Text)
{
    /// <summary>Short texts the user can tap instead of typing; each is sent back as that text.</summary>
    public IReadOnlyList<string> SuggestedReplies { get; init; } = [];

    public static Reply Of(string text, params string[] suggestions) => new(text) { SuggestedReplies = suggestions };
}
