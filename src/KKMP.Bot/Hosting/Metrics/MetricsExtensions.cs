using System.Net;
using OpenTelemetry.Metrics;

namespace KKMP.Bot.Hosting.Metrics;

public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Export metrics at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where Prometheus scrapes them.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>Serve them to other machines too; by default only to this one (counts are not for the public internet).</summary>
    public bool AllowRemote { get; set; }
}

public static class MetricsExtensions
{
    /// <summary>OpenTelemetry metrics: the bot's own (<see cref="BotMetrics"/>) and ASP.NET Core's request metrics, in Prometheus format.</summary>
    public static WebApplicationBuilder AddBotMetrics(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new();
        builder.Services.AddSingleton(options);
        if (!options.Enabled) return builder;
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapBotMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<MetricsOptions>();
        if (!options.Enabled) return app;
        ObserveTelegramIntake(app);
        app.MapPrometheusScrapingEndpoint(options.Path).AddEndpointFilter(async (context, next) =>
            options.AllowRemote || context.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)
                ? await next(context)
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        return app;
    }

    /// <summary>Telegram's in-memory queue (every partition) and its durable inbox, read at each scrape; only when Telegram runs.</summary>
    private static void ObserveTelegramIntake(WebApplication app)
    {
        if (app.Services.GetService<Channels.Telegram.UpdateQueue>() is not { } queue) return;
        var inbox = app.Services.GetRequiredService<Ledger.Inbox>();
        var subscriptions = new[]
        {
            BotMetrics.ObserveQueueDepth(() => Enumerable.Range(0, queue.PartitionCount).Sum(p => (long)queue.Reader(p).Count)),
            BotMetrics.ObserveInboxSize(() => inbox.Count(Conversation.ChannelNames.Telegram)),
        };
        app.Lifetime.ApplicationStopped.Register(() => { foreach (var s in subscriptions) s.Dispose(); });
    }
}
