using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace KKMP.Bot.Hosting;

public static class DistributedCacheExtensions
{
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// Memory cache by default; Redis when <c>ConnectionStrings:Redis</c> is set, so that several
    /// host instances share conversation state. Redis is wrapped so an outage degrades state
    /// instead of stalling every message.
    /// </summary>
    public static IServiceCollection AddConversationStateCache(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(RedisConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        services.AddOptions<RedisCacheOptions>().Configure(options =>
        {
            options.ConfigurationOptions = FailFastRedisOptions(connectionString);
            options.InstanceName = "kkmp:";
        });
        services.AddSingleton<IDistributedCache>(sp => new ResilientDistributedCache(
            new RedisCache(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RedisCacheOptions>>()),
            sp.GetRequiredService<ILogger<ResilientDistributedCache>>()));
        return services;
    }

    /// <summary>
    /// StackExchange.Redis waits ≈ 8 s per call when the server is gone (see shared GOTCHAS): short
    /// timeouts, no abort on a failed first connect (it reconnects in the background), and commands
    /// fail at once while disconnected instead of queueing.
    /// Values written in the connection string itself (e.g. connectTimeout=3000) still win.
    /// </summary>
    internal static ConfigurationOptions FailFastRedisOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString, ignoreUnknown: true);
        bool Has(string key) => connectionString.Contains(key + "=", StringComparison.OrdinalIgnoreCase);
        if (!Has("connectTimeout")) options.ConnectTimeout = 1000;
        if (!Has("syncTimeout")) options.SyncTimeout = 1000;
        if (!Has("asyncTimeout")) options.AsyncTimeout = 1000;
        if (!Has("connectRetry")) options.ConnectRetry = 1;
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }
}
