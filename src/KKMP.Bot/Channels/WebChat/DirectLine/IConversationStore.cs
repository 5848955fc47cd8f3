namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>Live Direct Line conversations. Implementations bound their size and drop idle conversations.</summary>
public interface IConversationStore
{
    DirectLineConversation Create(string userId);

    /// <summary>The conversation, or null when unknown or dropped; finding it counts as activity.</summary>
    DirectLineConversation? Find(string conversationId);

    int Count { get; }
}
