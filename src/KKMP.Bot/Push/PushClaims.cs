using System.Collections.Concurrent;
using KKMP.Bot.Hosting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;
using StackExchange.Redis;

namespace KKMP.Bot.Push;

/// <summary>
/// Claims each planned send once, then queues it. The claim is the ledger write that queues the notice
/// (keyed like a message: a second write with the same key is a duplicate), so a restart neither repeats
/// it nor skips it: a queued notice is delivered by <see cref="NoticeDelivery"/> after the restart too.
/// With ConnectionStrings:Redis several hosts (each with its own ledger) share one atomic SET NX first.
/// </summary>
public sealed class PushClaims(LedgerDb db, Notices notices, IConfiguration configuration, ILogger<PushClaims> logger) : IDisposable
{
    public const string Channel = "push";
    private static readonly TimeSpan RedisClaimLifetime = TimeSpan.FromDays(8); // longer than any kind's period (a week)

    // Keys this process already saw claimed: later minutes of the same evening skip them without a ledger read.
    private readonly ConcurrentDictionary<string, byte> _settled = new(StringComparer.Ordinal);
    private readonly Lazy<IDatabase?> _redis = new(() => configuration.GetConnectionString(DistributedCacheExtensions.RedisConnectionName) is { Length: > 0 } cs
        ? ConnectionMultiplexer.Connect(DistributedCacheExtensions.FailFastRedisOptions(cs)).GetDatabase()
        : null);

    /// <summary>True when this call claimed and queued the send; false when it was already claimed (here or by another host).</summary>
    public async Task<bool> TryClaimAsync(PlannedPush push)
    {
        if (_settled.ContainsKey(push.Key)) return false;
        if (_redis.Value is { } redis && !await ClaimInRedisAsync(redis, push))
        {
            _settled.TryAdd(push.Key, 0);
            return false;
        }
        var origin = new WriteOrigin(push.KoperasiId, Channel, push.Kind.ToString(), push.UserKey, $"{push.UserKey}/{push.LocalDay:yyyy-MM-dd}", push.Text);
        var result = db.Write(origin, () =>
        {
            notices.Queue(push.UserKey, push.Text);
            return WriteResult.Recorded($"{push.Kind} → {push.UserKey} ({push.LocalDay:yyyy-MM-dd})");
        });
        _settled.TryAdd(push.Key, 0);
        return result.Status == WriteStatus.Recorded;
    }

    private async Task<bool> ClaimInRedisAsync(IDatabase redis, PlannedPush push)
    {
        try
        {
            return await redis.StringSetAsync($"kkmp:push:{push.Key}", Environment.MachineName, RedisClaimLifetime, When.NotExists);
        }
        catch (RedisException e)
        {
            // Redis down: the ledger claim still stops repeats on this host; a second host may send too (logged).
            logger.LogWarning(e, "Redis claim for {Key} failed; claiming in the ledger only", push.Key);
            return true;
        }
    }

    public void Dispose()
    {
        if (_redis.IsValueCreated) _redis.Value?.Multiplexer.Dispose();
    }
}
