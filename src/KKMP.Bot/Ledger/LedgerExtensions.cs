using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Relay;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Ledger;

public static class LedgerExtensions
{
    public static WebApplicationBuilder AddLedger(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Ledger:Path must name a file.");
        builder.Services.TryAddSingleton(TimeProvider.System);

        // One LiteDatabase for the whole process; opening it also applies configured cooperatives and the demo seed.
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<LedgerOptions>>().Value;
            var db = LedgerDb.Open(options.Path, services.GetRequiredService<TimeProvider>());
            var configured = services.GetRequiredService<IConfiguration>()
                .GetSection(CooperativeOptions.SectionName).Get<List<CooperativeOptions>>() ?? [];
            ApplyConfiguredCooperatives(db, configured);
            if (options.SeedDemo) DemoSeed.Run(db);
            return db;
        });
        builder.Services.AddHostedService<LedgerCheckpointService>();
        builder.Services.AddSingleton<Catalog>();
        builder.Services.AddSingleton<StockBook>();
        builder.Services.AddSingleton<Recaps>();
        builder.Services.AddSingleton<CooperativeDirectory>();
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddSingleton<Invites>();
        builder.Services.AddSingleton<ItemResolver>();
        builder.Services.AddSingleton<PendingActions>();
        builder.Services.AddSingleton<IShopReader, ShopReader>();
        builder.Services.AddSingleton<Inbox>();
        builder.Services.AddBoardQuestions();
        builder.Services.TryAddSingleton<Push.PushPreferences>(); // who gets which pushes: /pengingat, the router and Telegram's 403 use it
        return builder;
    }

    // A province left out of configuration keeps the one a pengurus set in chat with /koperasi provinsi.
    private static string? ProvinceOf(CooperativeOptions configured, CooperativeDirectory directory) =>
        string.IsNullOrWhiteSpace(configured.Province) ? directory.Get(configured.Id.Trim())?.Province
        : ReferencePrices.Provinces.Find(configured.Province)?.Name ?? configured.Province.Trim();

    private static void ApplyConfiguredCooperatives(LedgerDb db, IEnumerable<CooperativeOptions> configured)
    {
        var directory = new CooperativeDirectory(db);
        foreach (var c in configured.Where(c => !string.IsNullOrWhiteSpace(c.Id)))
            directory.Upsert(new CooperativeDoc
            {
                Id = c.Id.Trim(), Name = string.IsNullOrWhiteSpace(c.Name) ? c.Id : c.Name, Village = c.Village,
                City = c.City, Province = ProvinceOf(c, directory), TimeZone = CooperativeDirectory.IsKnownZone(c.TimeZone) ? c.TimeZone : CooperativeDirectory.DefaultTimeZone,
                CreatedUtc = directory.Get(c.Id.Trim())?.CreatedUtc ?? default,
                SharesStock = directory.Get(c.Id.Trim())?.SharesStock ?? false, // chosen in chat (/berbagi), kept across restarts
            });
    }
}
