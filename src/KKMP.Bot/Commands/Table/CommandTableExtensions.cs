using KKMP.Bot.Books;
using KKMP.Bot.Catalogue;
using KKMP.Bot.City;
using KKMP.Bot.Commands.Confirmation;
using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Members;
using KKMP.Bot.Shu;
using KKMP.Bot.ReferencePrices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Commands.Table;

public static class CommandTableExtensions
{
    /// <summary>The command table's handlers and dispatcher; refuses to start when a command type has no declaration.</summary>
    public static WebApplicationBuilder AddCommands(this WebApplicationBuilder builder)
    {
        builder.Services.AddCommands();
        return builder;
    }

    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        if (CommandTable.Problems() is [_, ..] problems)
            throw new InvalidOperationException("The command table is incomplete: " + string.Join("; ", problems));
        foreach (var handler in CommandTable.Declarations.Select(d => d.HandlerType).Distinct())
            services.TryAddSingleton(handler);
        // What handlers share.
        services.TryAddSingleton<ItemLookup>();
        services.TryAddSingleton<GroupJoin>();
        services.TryAddSingleton<WriteEffects>();
        services.TryAddSingleton<Confirmations>();
        services.TryAddSingleton<CommandDispatcher>();
        // The features whose handlers are in the table.
        services.AddBooks(); // the books the cash and report handlers read and write
        services.AddReferencePrices();
        services.AddCity();
        services.AddMembers();
        services.AddShu();
        services.AddCatalogue();
        return services;
    }
}
