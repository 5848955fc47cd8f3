namespace KKMP.Bot.Conversation;

/// <summary>
/// The one entry point every channel calls: identifies the user, their role and cooperative,
/// runs a command if the text is one, otherwise asks the assistant.
/// </summary>
public interface IConversationRouter
{
    Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default);
}
