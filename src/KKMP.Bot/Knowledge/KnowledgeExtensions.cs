using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge.Answers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Knowledge;

public static class KnowledgeExtensions
{
    /// <summary>
    /// Regulation search over knowledge/ (indexed on first use), the offline answer formatter, and the
    /// extractive assistant as the fallback <see cref="IAssistant"/>.
    /// </summary>
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<RegulationKnowledge>();
        builder.Services.TryAddSingleton<IRegulationSearch>(sp => sp.GetRequiredService<RegulationKnowledge>());
        builder.Services.TryAddSingleton(sp => new RegulationAnswerFormatter(sp.GetRequiredService<RegulationKnowledge>().Topics));
        builder.Services.TryAddSingleton<IAssistant, ExtractiveRegulationAssistant>();
        builder.Services.AddHostedService<KnowledgeWarmUp>();
        return builder;
    }
}
