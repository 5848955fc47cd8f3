using System.Collections.Concurrent;
using KKMP.Bot.Hosting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Relay;
using StackExchange.Redis;

namespace KKMP.Bot.Push;

/// <summary>
/// Claims each planned send once, then queues it. The claim is an audit record keyed like a message
/// ("push:Kind:user/day"), written in the same transaction as the notice it queues, so a restart neither
/// repeats a send nor skips it: a queued notice is delivered by <see cref="NoticeDelivery"/> after the
/// restart too. A run's claims are written a chunk per transaction (30,000 single writes took 33 s; each
/// commit is a flush), small enough that a sale waiting on the write gate is not held up for long.
/// With ConnectionStrings:Redis several hosts (each with its own ledger) share one atomic SET NX first.
/// </summary>
public sealed class PushClaims(LedgerDb db, Notices notices, IConfiguration configuration, ILogger<PushClaims> logger) : IDisposable
{
    public const string Channel = "push";

    /// <summary>Claims per ledger transaction.</summary>
    public const int ChunkSize = 1_000;

    /// <summary>
    /// How long a claim is remembered in memory and in Redis: longer than any kind's period (a week), since
    /// the planner only plans for the current local day or week.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(8);

    // Keys already claimed (here or elsewhere), by their local day: later minutes skip them without a ledger read.
    private readonly ConcurrentDictionary<string, DateOnly> _settled = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);
    private readonly Lazy<IDatabase?> _redis = new(() => configuration.GetConnectionString(DistributedCacheExtensions.RedisConnectionName) is { Length: > 0 } cs
        ? ConnectionMultiplexer.Connect(DistributedCacheExtensions.FailFastRedisOptions(cs)).GetDatabase()
        : null);

    /// <summary>How many claimed keys are held in memory (bounded by <see cref="Retention"/>).</summary>
    public int Remembered => _settled.Count;

    /// <summary>Claims and queues what is not claimed yet; returns the sends this call claimed, in order.</summary>
    public async Task<IReadOnlyList<PlannedPush>> ClaimAsync(IReadOnlyList<PlannedPush> planned)
    {
        await _oneRunAtATime.WaitAsync();
        try
        {
            var fresh = planned.Where(p => !_settled.ContainsKey(p.Key)).DistinctBy(p => p.Key).ToList();
            if (_redis.Value is { } redis) fresh = await ClaimInRedisAsync(redis, fresh);
            var claimed = new List<PlannedPush>(fresh.Count);
            foreach (var chunk in fresh.Chunk(ChunkSize)) claimed.AddRange(ClaimInLedger(chunk));
            return claimed;
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    /// <summary>Forgets claims whose local day is older than <see cref="Retention"/> before <paramref name="today"/> (they cannot be planned again).</summary>
    public void Prune(DateOnly today)
    {
        var oldest = today.AddDays(-(int)Retention.TotalDays);
        foreach (var (key, day) in _settled)
            if (day < oldest) _settled.TryRemove(key, out _);
    }

    private List<PlannedPush> ClaimInLedger(PlannedPush[] chunk)
    {
        var now = db.UtcNow;
        var claimed = db.WriteUnaudited(() =>
        {
            var mine = new List<PlannedPush>(chunk.Length);
            foreach (var push in chunk)
            {
                var key = KeyOf(push);
                if (db.Audit.FindById(key) is not null) continue; // claimed before a restart
                notices.Queue(push.UserKey, push.Text);
                db.Audit.Insert(new AuditDoc
                {
                    // The text itself is in the notice: a second copy here was a third of the run's bytes.
                    MessageKey = key, KoperasiId = push.KoperasiId, Channel = Channel, UserId = push.UserKey,
                    RawText = push.Kind.ToString(), Summary = $"{push.Kind} → {push.UserKey} ({push.LocalDay:yyyy-MM-dd})", AtUtc = now,
                });
                mine.Add(push);
            }
            return mine;
        });
        foreach (var push in chunk) _settled.TryAdd(push.Key, push.LocalDay);
        return claimed;
    }

    /// <summary>The audit key: a message key of the "push" channel (as when each claim was its own <see cref="LedgerDb.Write"/>).</summary>
    private static string KeyOf(PlannedPush push) =>
        new WriteOrigin(push.KoperasiId, Channel, push.Kind.ToString(), push.UserKey, $"{push.UserKey}/{push.LocalDay:yyyy-MM-dd}", "").MessageKey;

    /// <summary>The sends this host won in Redis (pipelined: one round trip's wait for the lot); the others are settled.</summary>
    private async Task<List<PlannedPush>> ClaimInRedisAsync(IDatabase redis, List<PlannedPush> fresh)
    {
        try
        {
            var results = await Task.WhenAll(fresh.Select(p =>
                redis.StringSetAsync($"kkmp:push:{p.Key}", Environment.MachineName, Retention, When.NotExists)));
            var won = new List<PlannedPush>(fresh.Count);
            for (var i = 0; i < fresh.Count; i++)
                if (results[i]) won.Add(fresh[i]);
                else _settled.TryAdd(fresh[i].Key, fresh[i].LocalDay);
            return won;
        }
        catch (RedisException e)
        {
            // Redis down: the ledger claim still stops repeats on this host; a second host may send too (logged).
            logger.LogWarning(e, "Redis claims for {Count} sends failed; claiming in the ledger only", fresh.Count);
            return fresh;
        }
    }

    public void Dispose()
    {
        _oneRunAtATime.Dispose();
        if (_redis.IsValueCreated) _redis.Value?.Multiplexer.Dispose();
    }
}
