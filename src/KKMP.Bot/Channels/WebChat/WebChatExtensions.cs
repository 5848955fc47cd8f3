using System.Threading.RateLimiting;
using KKMP.Bot.Channels.WebChat.DirectLine;
using KKMP.Bot.Ledger;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Channels.WebChat;

public static class WebChatExtensions
{
    /// <summary>Direct Line 3.0 endpoints, the conversation store, identities and the page's services.</summary>
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.StreamTokenLifetime > TimeSpan.Zero, "DirectLine token lifetimes must be positive.")
            .Validate(o => o.MaxConversations > 0 && o.MaxActivitiesPerConversation > 0 && o.MaxBodyBytes > 0
                    && o.TokenMintsPerMinute > 0 && o.MessagesPerMinute > 0,
                "DirectLine limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<IConversationStore, InMemoryConversationStore>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<BotActivities>();
        services.AddSingleton<WebChatTurns>();
        services.AddSingleton<WebChatFiles>();
        services.AddSingleton<WebChatIdentity>();
        services.AddSingleton<WebChatPageModel>();

        // Identity cookies must survive a restart: keep the keys beside the LiteDB file.
        services.AddDataProtection()
            .SetApplicationName("KKMP.Bot")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysPath(builder.Configuration)));

        var limits = builder.Configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>() ?? new DirectLineOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(DirectLineApi.MintPolicy, context => PerMinute(context.Connection.RemoteIpAddress?.ToString(), limits.TokenMintsPerMinute));
            limiter.AddPolicy(DirectLineApi.StartPolicy, context =>
                context.RequestServices.GetRequiredService<DirectLineTokens>().Find(BearerToken.From(context.Request)) is not null
                    ? RateLimitPartition.GetNoLimiter("token")
                    : PerMinute(context.Connection.RemoteIpAddress?.ToString(), limits.TokenMintsPerMinute));
            limiter.AddPolicy(DirectLineApi.PostPolicy, context => PerMinute(context.Request.RouteValues["conversationId"] as string, limits.MessagesPerMinute));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerMinute(string? key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });

    /// <summary>The page at "/", its static files, and /v3/directline (REST and WebSocket).</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<DirectLineSecret>(); // resolve now so a generated secret is logged at start
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseRateLimiter();
        app.UseStaticFiles();
        app.MapWebChatPage();
        app.MapDirectLine();
        app.MapWebChatFiles();
        return app;
    }

    private static string KeysPath(IConfiguration configuration)
    {
        var configured = configuration[$"{WebChatOptions.SectionName}:{nameof(WebChatOptions.KeysPath)}"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var ledgerFile = Path.GetFullPath(configuration[$"{LedgerOptions.SectionName}:{nameof(LedgerOptions.Path)}"] ?? new LedgerOptions().Path);
        return Path.Combine(Path.GetDirectoryName(ledgerFile)!, "keys");
    }
}
