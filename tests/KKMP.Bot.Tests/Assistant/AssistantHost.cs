using KKMP.Bot.Assistant;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>
/// The host's own service wiring (Program.cs's AddXxx calls, without channels) with a temporary
/// LiteDB ledger (demo cooperative seeded) and the fixed <see cref="SampleRegulations"/> in place of
/// the knowledge index, so assistant tests drive the real router, ledger, cache and SK connector.
/// </summary>
public sealed class AssistantHost : IDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory = Directory.CreateTempSubdirectory("kkmp-assistant-").FullName;

    /// <param name="configure">Runs after the host's own registrations: a test can replace a service (e.g. with a failing double).</param>
    public AssistantHost(IDictionary<string, string?>? settings = null, IRegulationSearch? search = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(_directory, "kkmp.db") });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddProvider(Logs);
        builder.AddDefaults();
        builder.AddLedger();
        builder.AddKnowledge();
        builder.AddAssistant();
        builder.AddConversation();
        builder.Services.AddSingleton(search ?? new SampleRegulations());
        configure?.Invoke(builder.Services);
        _app = builder.Build();
    }

    public IServiceProvider Services => _app.Services;

    public CapturedLogs Logs { get; } = new();

    public IShopReader Shop => Services.GetRequiredService<IShopReader>();

    public Task<Reply> AskAsync(string text, string userId = "u1", string chatId = "c1", string channel = ChannelNames.Telegram) =>
        Services.GetRequiredService<IConversationRouter>().HandleAsync(new IncomingMessage
        {
            Channel = channel, ChatId = chatId, UserId = userId, Text = text, MessageId = Guid.NewGuid().ToString("N"),
        });

    /// <summary>
    /// Straight to <see cref="IAssistant"/> as the router would call it (the router answers plain
    /// "harga X berapa?" itself via the command grammar; the assistant gets everything else).
    /// </summary>
    public Task<Reply> AskAssistantAsync(string text, string userId = "u1", string chatId = "c1")
    {
        var message = new IncomingMessage
        {
            Channel = ChannelNames.Telegram, ChatId = chatId, UserId = userId, Text = text, MessageId = Guid.NewGuid().ToString("N"),
        };
        var asker = Services.GetRequiredService<IdentityResolver>().Resolve(message);
        return Services.GetRequiredService<IAssistant>().AnswerAsync(new AssistantRequest(asker, text, asker.ConversationKey(chatId)));
    }

    public decimal StockOf(string item) => Shop.ListStock(DemoSeed.KoperasiId).Single(s => s.ItemName == item).Quantity;

    /// <summary>Settings for LLM mode against the fake server, with short timeouts so failures are quick.</summary>
    public static Dictionary<string, string?> LlmSettings(Fakes.OpenAi.FakeOpenAiServer server, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Assistant:Endpoint"] = server.Endpoint.ToString(),
            ["Assistant:Model"] = "fake-model",
            ["Assistant:ApiKey"] = "test-key",
            // Generous: a cold host on a loaded CI machine can take seconds for its first model call,
            // and an attempt timeout there means a retry that consumes the next scripted reply.
            // Tests of timeouts set their own short values.
            ["Assistant:AttemptTimeoutSeconds"] = "15",
            ["Assistant:TotalTimeoutSeconds"] = "40",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    public void Dispose()
    {
        (_app as IDisposable).Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
