namespace KKMP.Bot.Ledger;

public static class LedgerExtensions
{
    // Filled by issue #2 (LiteDB ledger).
    public static WebApplicationBuilder AddLedger(this WebApplicationBuilder builder) => builder;
}
