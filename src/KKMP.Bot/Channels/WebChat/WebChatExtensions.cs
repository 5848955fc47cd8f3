namespace KKMP.Bot.Channels.WebChat;

public static class WebChatExtensions
{
    // Filled by issue #6 (Direct Line web chat).
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapWebChat(this WebApplication app) => app;
}
