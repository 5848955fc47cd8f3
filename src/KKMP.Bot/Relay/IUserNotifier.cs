namespace KKMP.Bot.Relay;

/// <summary>
/// A channel that can send a message to a user who did not just write (Telegram can; web chat and the
/// terminal cannot, so their users get <see cref="Notices"/> with their next reply instead).
/// </summary>
public interface IUserNotifier
{
    /// <summary>The channel name (<see cref="Conversation.ChannelNames"/>) whose users this reaches.</summary>
    string Channel { get; }

    /// <summary>Sends plain text (the channel escapes it) to the user's private chat; false when it could not be delivered.</summary>
    Task<bool> NotifyAsync(string userId, string text, CancellationToken cancellationToken);
}
