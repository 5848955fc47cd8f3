namespace KKMP.Bot.Knowledge;

public static class KnowledgeExtensions
{
    // Filled by issue #3 (regulation knowledge base).
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder) => builder;
}
