namespace KKMP.Bot.Conversation;

/// <summary>Who is asking, as resolved by the router: what the assistant and its plugins are scoped to.</summary>
public sealed record Asker(string Channel, string UserId, Role Role, string? KoperasiId)
{
    /// <summary>Key for per-conversation state (recent turns, pending confirmations).</summary>
    public string ConversationKey(string chatId) => $"{Channel}:{chatId}:{UserId}";
}
