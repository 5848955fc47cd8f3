using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.ReferencePrices;

public static class ReferencePriceExtensions
{
    /// <summary>
    /// The official figures (knowledge/harga-acuan.yaml). The folder comes from the knowledge options, bound
    /// here too because a host may run commands without the knowledge search (binding twice is harmless).
    /// </summary>
    public static IServiceCollection AddReferencePrices(this IServiceCollection services)
    {
        services.AddOptions<Knowledge.KnowledgeOptions>().BindConfiguration(Knowledge.KnowledgeOptions.SectionName);
        services.TryAddSingleton<ReferencePriceBook>();
        return services;
    }
}
