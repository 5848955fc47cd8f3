namespace KKMP.Bot.Conversation;

/// <summary>Answers any text that is not a command (regulation questions, free-form price questions).</summary>
public interface IAssistant
{
    Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default);
}

public sealed record AssistantRequest(Asker Asker, string Text, string ConversationKey);
