namespace KKMP.Bot.Conversation;

public static class ConversationExtensions
{
    // Filled by issue #2 (router, roles, commands).
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder) => builder;
}
