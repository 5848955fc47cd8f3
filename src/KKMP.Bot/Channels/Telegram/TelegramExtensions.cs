namespace KKMP.Bot.Channels.Telegram;

public static class TelegramExtensions
{
    // Filled by issue #5 (Telegram channel).
    public static WebApplicationBuilder AddTelegram(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapTelegramWebhook(this WebApplication app) => app;
}
