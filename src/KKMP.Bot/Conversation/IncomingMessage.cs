namespace KKMP.Bot.Conversation;

/// <summary>
/// One message from any channel, in a transport-neutral shape. Channel adapters build it;
/// the router is the only thing that reads it.
/// </summary>
public sealed record IncomingMessage
{
    /// <summary>Channel name: see <see cref="ChannelNames"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>The chat the message came from (a Telegram chat id, a Direct Line conversation id, "terminal").</summary>
    public required string ChatId { get; init; }

    /// <summary>The sender, unique within the channel.</summary>
    public required string UserId { get; init; }

    public string? DisplayName { get; init; }

    public required string Text { get; init; }

    /// <summary>
    /// The channel's own id for this message. Ledger writes store it so that a redelivered
    /// message is recorded once.
    /// </summary>
    public required string MessageId { get; init; }

    /// <summary>True for a group chat (Telegram groups): the cooperative comes from the group's link.</summary>
    public bool IsGroup { get; init; }
}

public static class ChannelNames
{
    public const string Terminal = "terminal";
    public const string Telegram = "telegram";
    public const string WebChat = "webchat";
}
