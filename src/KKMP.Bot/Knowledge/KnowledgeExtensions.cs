using KKMP.Bot.Knowledge.Answers;
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
        builder.Services.TryAddSingleton<Faq.FaqIndex>();
        builder.Services.TryAddSingleton<RegulationKnowledge>();
        builder.Services.TryAddSingleton<IRegulationSearch>(sp => sp.GetRequiredService<RegulationKnowledge>());
        builder.Services.TryAddSingleton(sp => new RegulationAnswerFormatter(sp.GetRequiredService<RegulationKnowledge>().Topics));
        builder.Services.TryAddSingleton<Unanswered.IUnansweredQuestionLog, Unanswered.InMemoryUnansweredQuestionLog>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<KnowledgeWarmUp>();
        return builder;
    }
}
