using KKMP.Bot.Hosting.Security;
using KKMP.Bot.Hosting.Health;
using KKMP.Bot.Hosting.Metrics;

namespace KKMP.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>Listens on localhost by default so a fresh `dotnet run` exposes nothing to the network.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);

        builder.RestrictHostsToPublicUrl();
        builder.Services.AddBotHealthChecks(builder.Configuration);
        builder.AddBotMetrics();
        builder.Services.AddConversationStateCache(builder.Configuration);
        return builder;
    }

    public static WebApplication MapDefaults(this WebApplication app)
    {
        app.MapBotHealthChecks();   // /healthz, /healthz/ready
        app.MapBotMetrics();        // /metrics (Prometheus)
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                app.Logger.LogInformation("KKMP.Bot siap di {Url}", url);
        });
        return app;
    }
}
