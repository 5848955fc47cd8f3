namespace KKMP.Bot.Commands.Handlers;

public static class CommandHandlerExtensions
{
    public static IServiceCollection AddCommandHandlers(this IServiceCollection services) => services
        .AddSingleton<ItemLookup>()
        .AddSingleton<PriceHandler>()
        .AddSingleton<StockHandler>()
        .AddSingleton<SaleHandler>()
        .AddSingleton<ItemHandler>()
        .AddSingleton<RecapHandler>()
        .AddSingleton<UndoHandler>()
        .AddSingleton<GroupJoin>()
        .AddSingleton<MembershipHandler>()
        .AddSingleton<CommandDispatcher>();
}
