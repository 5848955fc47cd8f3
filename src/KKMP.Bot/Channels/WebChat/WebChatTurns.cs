using KKMP.Bot.Channels.WebChat.DirectLine;
using KKMP.Bot.Conversation;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>
/// Runs the bot's side of a web conversation: each user message goes through the router in the
/// background (the POST never waits for it), with a typing activity first and the reply after.
/// </summary>
public sealed class WebChatTurns(
    IServiceScopeFactory scopes,
    BotActivities activities,
    WebChatFiles files,
    IOptions<BotOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<WebChatTurns> logger)
{
    private readonly int _maxText = options.Value.MaxMessageLength;

    /// <summary>The one message-length limit of every channel (Bot:MaxMessageLength), which the router enforces too.</summary>
    public int MaxTextLength => _maxText;

    /// <summary>Queues the turn behind the conversation's earlier ones and returns at once.</summary>
    public Task Start(DirectLineConversation conversation, Activity userMessage) =>
        conversation.EnqueueTurn(() => RunAsync(conversation, userMessage));

    public void Welcome(DirectLineConversation conversation, string cooperativeName) =>
        conversation.Append(id => activities.Message(id, conversation, WebChatTexts.Welcome(cooperativeName), WebChatTexts.Starters, replyToId: null));

    private async Task RunAsync(DirectLineConversation conversation, Activity userMessage)
    {
        var text = userMessage.Text?.Trim() ?? "";
        Reply reply;
        if (text.Length == 0)
            reply = WebChatTexts.TextOnly;
        else if (text.Length > _maxText)
            reply = WebChatTexts.TooLong(_maxText);
        else
        {
            conversation.Append(id => activities.Typing(id, conversation, userMessage.Id));
            reply = await AskRouterAsync(conversation, userMessage, text);
        }
        var attachments = await files.AttachmentsAsync(conversation.Id, reply.Attachments, lifetime.ApplicationStopping);
        conversation.Append(id => activities.Message(id, conversation, reply, userMessage.Id, attachments));
    }

    /// <summary>
    /// The key a write is recorded under (with the conversation): the client's own id when it sent one,
    /// so the same activity posted twice records once; the server's id otherwise.
    /// </summary>
    internal static string MessageIdOf(Activity userMessage) =>
        userMessage.ClientActivityId is { } clientId ? $"client:{clientId}" : userMessage.Id!;

    private async Task<Reply> AskRouterAsync(DirectLineConversation conversation, Activity userMessage, string text)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var router = scope.ServiceProvider.GetRequiredService<IConversationRouter>();
            return await router.HandleAsync(new IncomingMessage
            {
                Channel = ChannelNames.WebChat,
                ChatId = conversation.Id,
                UserId = userMessage.From!.Id,
                DisplayName = userMessage.From.Name,
                Text = text,
                MessageId = MessageIdOf(userMessage),
            }, lifetime.ApplicationStopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            logger.LogError(exception, "Web chat turn failed in conversation {ConversationId}", conversation.Id);
            return WebChatTexts.Failed;
        }
    }
}
