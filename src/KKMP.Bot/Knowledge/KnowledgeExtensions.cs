using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Relay;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Knowledge;

public static class KnowledgeExtensions
{
    /// <summary>
    /// Regulation search over knowledge/ (indexed on first use) and the offline answer formatter;
    /// the assistant (Semantic Kernel) answers questions with them.
    /// </summary>
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddBoardQuestions(); // the FAQ index comes from the ledger's FAQ book; unanswered questions go to the ledger
        builder.Services.TryAddSingleton<RegulationKnowledge>();
        builder.Services.TryAddSingleton<IRegulationSearch>(sp => sp.GetRequiredService<RegulationKnowledge>());
        builder.Services.TryAddSingleton(sp => new RegulationAnswerFormatter(sp.GetRequiredService<RegulationKnowledge>().Topics));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<KnowledgeWarmUp>();
        return builder;
    }
}
