namespace KKMP.Bot.Books;

public static class BooksExtensions
{
    /// <summary>The money side of the ledger: chart of accounts, cash entries, the journal projection and reports.</summary>
    public static WebApplicationBuilder AddBooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ChartOfAccounts.Default);
        builder.Services.AddSingleton<CashBook>();
        builder.Services.AddSingleton<Reports.BookReports>();
        return builder;
    }
}
