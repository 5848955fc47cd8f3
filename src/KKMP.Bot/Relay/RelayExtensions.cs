using KKMP.Bot.Knowledge.Faq;
using KKMP.Bot.Knowledge.Unanswered;
using KKMP.Bot.Ledger;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Relay;

public static class RelayExtensions
{
    /// <summary>
    /// The board's FAQ book (and its live index), the unanswered-question log, the question relay and its
    /// notices. Idempotent: the command table and the assistant both call it.
    /// </summary>
    public static IServiceCollection AddBoardQuestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDistributedMemoryCache(); // TryAdd inside: Redis, when configured, is registered first
        services.TryAddSingleton<FaqBook>();
        services.TryAddSingleton<FaqIndex>(sp => sp.GetRequiredService<FaqBook>().Index);
        services.TryAddSingleton<IUnansweredQuestionLog, UnansweredQuestionLog>();
        services.TryAddSingleton<Notices>();
        services.TryAddSingleton<QuestionRelay>();
        services.TryAddSingleton<RelayDrafts>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, NoticeDelivery>());
        return services;
    }
}
