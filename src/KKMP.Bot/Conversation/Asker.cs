namespace KKMP.Bot.Conversation;

/// <summary>Who is asking, as resolved by the router: what the assistant and its plugins are scoped to.</summary>
public sealed record Asker(string Channel, string UserId, Role Role, string? KoperasiId)
{
    /// <summary>Key for one user's state in one chat: the assistant's recent turns, and a write waiting for confirmation (the ledger's pending_actions).</summary>
    public string ConversationKey(string chatId) => $"{Channel}:{chatId}:{UserId}";
}
