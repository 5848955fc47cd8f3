using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Catalogue;

public static class CatalogueExtensions
{
    /// <summary>The catalogue's services: titip jual settlements (the /katalog draft needs none).</summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.TryAddSingleton<ConsignmentSettlements>();
        return services;
    }
}
