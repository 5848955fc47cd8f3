using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KKMP.Bot.Channels.Telegram;

public static class TelegramExtensions
{
    /// <summary>
    /// Registers the Telegram channel when Telegram:BotToken is set: webhook mode when
    /// Telegram:WebhookUrl is set, long polling otherwise (never both). Without a token nothing starts.
    /// </summary>
    public static WebApplicationBuilder AddTelegram(this WebApplicationBuilder builder)
    {
        var settings = ReadOptions(builder.Configuration);
        if (!settings.IsEnabled) return builder;

        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName)
            .Validate(o => !o.UsesWebhook || Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out _), "Telegram:WebhookUrl harus URL lengkap, mis. https://bot.contoh.id/telegram/webhook")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Telegram:ApiBaseUrl harus URL lengkap")
            .ValidateOnStart();

        // One pooled HttpClient; its per-request logging is removed (thousands of calls a second under load).
        services.AddHttpClient(nameof(TelegramBotClient)).RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
                // The library's own 429 retry is off: TelegramOutbound is the one retry policy.
                var clientOptions = new TelegramBotClientOptions(options.BotToken!, options.ApiBaseUrl) { RetryThreshold = 0 };
                return new TelegramBotClient(clientOptions, http);
            });

        services.AddSingleton<UpdateQueue>();
        services.AddSingleton<TelegramIntake>();
        services.AddSingleton<ChatSendOrder>();
        services.AddSingleton<UpdateDeduplicator>();
        services.AddSingleton<SuggestedReplyButtons>();
        services.AddSingleton<TelegramOutbound>();
        services.AddSingleton<BroadcastPace>();
        services.AddSingleton<BotIdentity>();
        services.AddScoped<ReplySender>();
        services.AddSingleton<KKMP.Bot.Relay.IUserNotifier, TelegramUserNotifier>();
        services.AddScoped<UpdateHandler>();
        services.AddHostedService<UpdateWorker>();
        services.AddHostedService<SetupService>();
        if (settings.UsesWebhook)
            services.AddSingleton<WebhookSecret>();
        else
            services.AddHostedService<PollingService>();
        return builder;
    }

    /// <summary>The webhook endpoint, served at the path of Telegram:WebhookUrl (webhook mode only).</summary>
    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        var settings = ReadOptions(app.Configuration);
        if (settings.UsesWebhook)
            app.MapPost(settings.WebhookPath, WebhookEndpoint.ReceiveAsync).DisableAntiforgery();
        return app;
    }

    private static TelegramOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
}
