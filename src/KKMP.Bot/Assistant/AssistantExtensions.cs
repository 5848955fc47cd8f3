namespace KKMP.Bot.Assistant;

public static class AssistantExtensions
{
    // Filled by issue #4 (Semantic Kernel assistant).
    public static WebApplicationBuilder AddAssistant(this WebApplicationBuilder builder) => builder;
}
