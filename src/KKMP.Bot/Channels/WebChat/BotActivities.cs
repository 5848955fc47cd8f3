using System.Text.Json;
using KKMP.Bot.Channels.WebChat.DirectLine;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>Builds the bot's Direct Line activities from channel-neutral replies.</summary>
public sealed class BotActivities(TimeProvider clock, Microsoft.Extensions.Options.IOptions<WebChatOptions> options)
{
    public const string BotId = "bot";
    public const string Locale = "id-ID";

    private ChannelAccount Bot => new(BotId, options.Value.BotName, "bot");

    public Activity Message(string id, DirectLineConversation conversation, Reply reply, string? replyToId, JsonElement[]? attachments = null) =>
        Message(id, conversation, reply.Text, reply.SuggestedReplies.Select(s => new CardAction("imBack", s, s)).ToList(), replyToId) with
        {
            Attachments = attachments,
        };

    /// <summary>A bot message; <paramref name="actions"/> become suggested actions (Web Chat shows them under the last message).</summary>
    public Activity Message(string id, DirectLineConversation conversation, string plainText, IReadOnlyList<CardAction> actions, string? replyToId) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = clock.GetUtcNow(),
        ChannelId = ChannelNames.WebChat,
        Conversation = new ConversationAccount(conversation.Id),
        From = Bot,
        ReplyToId = replyToId,
        Text = MarkdownText.Escape(plainText),
        TextFormat = "markdown",
        Locale = Locale,
        SuggestedActions = actions.Count == 0 ? null : new SuggestedActions(actions),
    };

    public Activity Typing(string id, DirectLineConversation conversation, string? replyToId) => new()
    {
        Type = ActivityTypes.Typing,
        Id = id,
        Timestamp = clock.GetUtcNow(),
        ChannelId = ChannelNames.WebChat,
        Conversation = new ConversationAccount(conversation.Id),
        From = Bot,
        ReplyToId = replyToId,
    };

    /// <summary>
    /// The server's copy of a user's activity: id, time, conversation, channel and sender come from
    /// the server and the token, never from the client. Text longer than <paramref name="maxText"/>
    /// is cut one character past the limit so the turn can tell the user.
    /// </summary>
    public Activity StampUser(Activity posted, string id, DirectLineConversation conversation, string userId, int maxText) => posted with
    {
        Id = id,
        Timestamp = clock.GetUtcNow(),
        ChannelId = ChannelNames.WebChat,
        Conversation = new ConversationAccount(conversation.Id),
        From = new ChannelAccount(userId, Clip(posted.From?.Name, 64), "user"),
        Text = Clip(posted.Text, maxText + 1),
        TextFormat = "plain",
        Locale = Clip(posted.Locale, 16),
        ReplyToId = null,
        SuggestedActions = null,
        Attachments = null,
        // Only the client activity id is kept (what Web Chat matches its echo by), so a client cannot park arbitrary data in server memory.
        ChannelData = posted.ClientActivityId is { } clientId ? JsonSerializer.SerializeToElement(new { clientActivityID = clientId }) : null,
    };

    private static string? Clip(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
