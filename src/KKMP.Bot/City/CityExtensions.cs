using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.City;

public static class CityExtensions
{
    /// <summary>A pembina's view across the cooperatives of a city (aggregates only).</summary>
    public static IServiceCollection AddCity(this IServiceCollection services)
    {
        services.TryAddSingleton<CityOverview>();
        services.TryAddSingleton<CityScope>();
        services.TryAddSingleton<CityComparison>();
        return services;
    }
}
