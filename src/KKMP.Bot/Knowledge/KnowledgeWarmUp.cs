using Microsoft.Extensions.Options;

namespace KKMP.Bot.Knowledge;

/// <summary>
/// With <c>Knowledge:BuildOnStart</c>, indexes the knowledge base in the background right after
/// start-up, so the first question is answered at full speed and start-up itself stays fast.
/// </summary>
public sealed class KnowledgeWarmUp(RegulationKnowledge knowledge, IOptions<KnowledgeOptions> options, ILogger<KnowledgeWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BuildOnStart) return;
        await Task.Yield();   // let the host finish starting first
        try { knowledge.Search("koperasi"); }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A broken knowledge folder must not stop the host; the first question reports it again.
            logger.LogError(error, "Knowledge base could not be built from {Path}", options.Value.ResolvedPath);
        }
    }
}
