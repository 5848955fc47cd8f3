using KKMP.Bot.Ledger;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Push;

public static class PushExtensions
{
    /// <summary>The bot speaking first: preferences, the low-stock watcher, price flags, the minute scheduler and its claims.</summary>
    public static WebApplicationBuilder AddPush(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PushOptions>().BindConfiguration(PushOptions.SectionName);
        if (!builder.Configuration.GetValue(PushOptions.SectionName + ":" + nameof(PushOptions.Enabled), true)) return builder;
        builder.Services.AddSingleton<IStockWatcher, LowStockAlerts>();
        builder.Services.AddSingleton<PriceFlags>();
        builder.Services.AddSingleton<PushPlanner>();
        builder.Services.AddSingleton<PushClaims>();
        builder.Services.AddSingleton<PushScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PushScheduler>());
        return builder;
    }
}
