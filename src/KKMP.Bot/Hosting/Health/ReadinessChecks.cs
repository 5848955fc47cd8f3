using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KKMP.Bot.Hosting.Health;

/// <summary>The ledger takes a write: no failed commit (see <see cref="LedgerDb.Fault"/>) and a probe document commits.</summary>
public sealed class LedgerWritableCheck(LedgerDb db) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (db.Fault is { } fault)
            return Task.FromResult(HealthCheckResult.Unhealthy($"a commit failed at {fault.AtUtc:u} ({fault.Reason}); writes are refused until a restart"));
        try
        {
            db.ProbeWrite();
            return Task.FromResult(HealthCheckResult.Healthy("a probe write committed"));
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"a probe write failed: {e.Message}"));
        }
    }
}

/// <summary>The knowledge index is built (building it on the first check if nothing asked yet) and holds passages.</summary>
public sealed class KnowledgeLoadedCheck(RegulationKnowledge knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var loaded = knowledge.Knowledge;
            return Task.FromResult(loaded.Chunks.Count > 0
                ? HealthCheckResult.Healthy($"{loaded.Chunks.Count} passages from {loaded.Documents.Count} documents")
                : HealthCheckResult.Unhealthy("the knowledge folder has no indexed passages (see Knowledge:Path)"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the knowledge index did not load: {e.Message}"));
        }
    }
}
