using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace KKMP.Bot.Hosting.Health;

/// <summary>
/// /healthz: the process answers (liveness, no checks). /healthz/ready: the ledger takes writes, the
/// knowledge index is loaded, and Redis answers when one is configured; 503 otherwise. Both answer
/// JSON with each check's name, status and reason.
/// </summary>
public static class HealthExtensions
{
    private const string Ready = "ready";

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<LedgerWritableCheck>("ledger", tags: [Ready])
            .AddCheck<KnowledgeLoadedCheck>("knowledge", tags: [Ready]);
        if (configuration.GetConnectionString(DistributedCacheExtensions.RedisConnectionName) is { Length: > 0 } redis)
        {
            // Its own connection, failing fast like the cache's (see FailFastRedisOptions), made once.
            var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(DistributedCacheExtensions.FailFastRedisOptions(redis)));
            checks.AddRedis(_ => connection.Value, "redis", HealthStatus.Unhealthy, [Ready], TimeSpan.FromSeconds(3));
        }
        return services;
    }

    public static WebApplication MapBotHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                reason = e.Value.Description ?? e.Value.Exception?.Message ?? "",
            }),
        }));
    }
}
