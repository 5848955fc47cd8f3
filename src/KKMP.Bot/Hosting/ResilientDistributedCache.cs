using Microsoft.Extensions.Caching.Distributed;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KKMP.Bot.Hosting;

/// <summary>
/// Wraps a remote cache (Redis) so that its outage costs at most a short timeout: a failed call is
/// logged and treated as a cache miss / lost write, and after repeated failures a circuit breaker
/// skips the server entirely for <see cref="BreakDuration"/> before trying again.
/// Conversation state degrades (the bot forgets recent turns); answering never stops.
/// </summary>
public sealed class ResilientDistributedCache : IDistributedCache
{
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);

    private readonly IDistributedCache _inner;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;

    public ResilientDistributedCache(IDistributedCache inner, ILogger<ResilientDistributedCache> logger)
    {
        _inner = inner;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException || e is TimeoutRejectedException),
                OnOpened = args =>
                {
                    _logger.LogWarning("Cache server unreachable: skipping it for {Seconds} s; conversation state is not shared meanwhile", args.BreakDuration.TotalSeconds);
                    return default;
                },
                OnClosed = _ =>
                {
                    _logger.LogInformation("Cache server reachable again");
                    return default;
                },
            })
            .AddTimeout(CallTimeout)
            .Build();
    }

    public byte[]? Get(string key) => Run(() => _inner.Get(key), "read");

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        RunAsync(ct => new ValueTask<byte[]?>(_inner.GetAsync(key, ct)), "read", token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Run(() => { _inner.Set(key, value, options); return true; }, "write");

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        RunAsync(async ct => { await _inner.SetAsync(key, value, options, ct); return true; }, "write", token);

    public void Refresh(string key) => Run(() => { _inner.Refresh(key); return true; }, "refresh");

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        RunAsync(async ct => { await _inner.RefreshAsync(key, ct); return true; }, "refresh", token);

    public void Remove(string key) => Run(() => { _inner.Remove(key); return true; }, "remove");

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync(async ct => { await _inner.RemoveAsync(key, ct); return true; }, "remove", token);

    private T? Run<T>(Func<T> call, string operation)
    {
        try { return _pipeline.Execute(call); }
        catch (Exception e) when (IsOutage(e, CancellationToken.None)) { return Degraded<T>(e, operation); }
    }

    private async Task<T?> RunAsync<T>(Func<CancellationToken, ValueTask<T>> call, string operation, CancellationToken token)
    {
        try { return await _pipeline.ExecuteAsync(call, token); }
        catch (Exception e) when (IsOutage(e, token)) { return Degraded<T>(e, operation); }
    }

    /// <summary>Everything but the caller's own cancellation counts as the server being unavailable.</summary>
    private static bool IsOutage(Exception e, CancellationToken token) => !(e is OperationCanceledException && token.IsCancellationRequested);

    private T? Degraded<T>(Exception e, string operation)
    {
        if (e is BrokenCircuitException)
            _logger.LogDebug("Cache {Operation} skipped: circuit open", operation);
        else
            _logger.LogWarning("Cache {Operation} failed ({Error}); continuing without shared state", operation, e.Message);
        return default;
    }
}
