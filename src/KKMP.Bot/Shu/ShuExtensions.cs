using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Shu;

public static class ShuExtensions
{
    /// <summary>The SHU: the ART's percentages by year and the split computed from the books.</summary>
    public static IServiceCollection AddShu(this IServiceCollection services)
    {
        services.TryAddSingleton<ShuSettings>();
        services.TryAddSingleton<ShuCalculator>();
        services.TryAddSingleton<RatContentsBuilder>();
        return services;
    }
}
