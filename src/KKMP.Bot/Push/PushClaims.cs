using System.Collections.Concurrent;
using KKMP.Bot.Hosting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Relay;
using LiteDB;
using StackExchange.Redis;

namespace KKMP.Bot.Push;

/// <summary>
/// Claims each planned send once, then queues it. The claim is written in the same transaction as the notice
/// it queues, so a restart neither repeats a send nor skips it: a queued notice is delivered by
/// <see cref="NoticeDelivery"/> after the restart too. A run's claims are written a chunk per transaction
/// (30,000 single writes took 33 s; each commit is a flush), small enough that a sale waiting on the write
/// gate is not held up for long, and a chunk's keys are one <see cref="PushClaimDoc"/> per local day (an
/// audit record per send was half the run's documents). Audit records that earlier versions wrote as claims
/// still count (<see cref="LoadDay"/>).
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
    // Days whose ledger claims are all in _settled (loaded once, then kept current by this instance's claims).
    private readonly ConcurrentDictionary<DateOnly, byte> _loadedDays = new();
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
        // Days first: a day still marked loaded must have all its keys (a pruned day is read again if ever planned).
        foreach (var day in _loadedDays.Keys)
            if (day < oldest) _loadedDays.TryRemove(day, out _);
        foreach (var (key, day) in _settled)
            if (day < oldest) _settled.TryRemove(key, out _);
    }

    private List<PlannedPush> ClaimInLedger(PlannedPush[] chunk)
    {
        var claimed = db.WriteUnaudited(() =>
        {
            // Reads inside the write share its snapshot; a day already loaded (or claimed here) costs nothing.
            foreach (var day in chunk.Select(p => p.LocalDay).Distinct()) LoadDay(day);
            var mine = chunk.Where(p => !_settled.ContainsKey(p.Key)).ToList();
            foreach (var push in mine) notices.Queue(push.UserKey, push.Text);
            foreach (var day in mine.GroupBy(p => p.LocalDay))
                db.PushClaims.Insert(new PushClaimDoc { LocalDay = day.Key.DayNumber, Keys = [.. day.Select(p => p.Key)] });
            return mine;
        });
        foreach (var push in chunk) _settled.TryAdd(push.Key, push.LocalDay);
        return claimed;
    }

    /// <summary>
    /// Remembers every claim the ledger holds for <paramref name="day"/>, once per day in memory: the claim
    /// documents, and audit records written as claims before them (one per send, keyed "push:Kind:user/day").
    /// </summary>
    private void LoadDay(DateOnly day)
    {
        if (_loadedDays.ContainsKey(day)) return;
        foreach (var doc in db.PushClaims.Find(c => c.LocalDay == day.DayNumber))
            foreach (var key in doc.Keys) _settled.TryAdd(key, day);
        var suffix = $"/{day:yyyy-MM-dd}";
        foreach (var audit in db.Audit.Find(Query.StartsWith("_id", LegacyPrefix)))
            if (audit.MessageKey.EndsWith(suffix, StringComparison.Ordinal) && LegacyKey(audit) is { } key) _settled.TryAdd(key, day);
        _loadedDays.TryAdd(day, 0);
    }

    private const string LegacyPrefix = $"{Channel}:";

    /// <summary>The claim key of an audit record "push:Kind:channel:user/yyyy-MM-dd" (the message key of a "push" write).</summary>
    private static string? LegacyKey(AuditDoc audit)
    {
        var rest = audit.MessageKey.AsSpan(LegacyPrefix.Length);
        var colon = rest.IndexOf(':');
        var slash = rest.LastIndexOf('/');
        if (colon < 0 || slash < colon) return null;
        return $"{rest[..colon]}/{audit.KoperasiId}/{rest[(colon + 1)..slash]}/{rest[(slash + 1)..]}";
    }

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
