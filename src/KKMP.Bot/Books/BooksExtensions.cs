using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Books;

public static class BooksExtensions
{
    /// <summary>The money side of the ledger: chart of accounts, cash entries, the journal projection and reports.</summary>
    public static WebApplicationBuilder AddBooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddBooks();
        return builder;
    }

    /// <summary>Idempotent: the command table adds it too, for hosts that skip Program.cs (tests, benchmarks).</summary>
    public static IServiceCollection AddBooks(this IServiceCollection services)
    {
        services.TryAddSingleton(ChartOfAccounts.Default);
        services.TryAddSingleton<JournalCache>();
        services.TryAddSingleton<CashBook>();
        services.TryAddSingleton<Reports.BookReports>();
        services.TryAddSingleton<Charts.ChartData>();
        return services;
    }
}
