using KKMP.Bot.Assistant;
using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>
/// The real ledger and router (the same AddLedger/AddConversation as the host) on a temporary
/// LiteDB file, without a web server. Other features' tests can use it to talk to the router as a
/// user with any role: <c>harness.As("telegram", "42", Role.Pengelola).SendAsync("/jual beras 1 kg")</c>.
/// </summary>
public sealed class RouterHarness : IDisposable
{
    private readonly WebApplication _app;
    private int _messageNumber;

    /// <param name="time">The clock the ledger reads (a FakeTimeProvider to move time); the system clock when null.</param>
    /// <param name="services">Registrations made before the host's own (which only TryAdd), e.g. a recording assistant.</param>
    /// <param name="withAssistant">Also the real knowledge base and offline assistant (free text gets regulation answers, not the fallback).</param>
    public RouterHarness(IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? services = null, bool withAssistant = false)
    {
        DataDirectory = Directory.CreateTempSubdirectory("kkmp-router-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(DataDirectory, "kkmp.db") });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        if (time is not null) builder.Services.AddSingleton(time);
        services?.Invoke(builder.Services);
        builder.AddLedger();
        if (withAssistant)
        {
            builder.AddKnowledge();
            builder.AddAssistant();
        }
        builder.AddConversation();
        _app = builder.Build();
    }

    public string DataDirectory { get; }
    public IServiceProvider Services => _app.Services;
    public IConversationRouter Router => Services.GetRequiredService<IConversationRouter>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Binds a user to a cooperative and role (the trusted path configuration and the terminal use) and returns a sender.</summary>
    public Sender As(string channel, string userId, Role role, string koperasiId = DemoSeed.KoperasiId)
    {
        Get<UserDirectory>().Assign(channel, userId, koperasiId, role);
        return new Sender(this, channel, userId);
    }

    /// <summary>A user nobody registered: the router decides who they are.</summary>
    public Sender Stranger(string channel, string userId) => new(this, channel, userId);

    public string NextMessageId() => $"m{Interlocked.Increment(ref _messageNumber)}";

    public void Dispose()
    {
        (_app as IDisposable).Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }

    public sealed record Sender(RouterHarness Harness, string Channel, string UserId)
    {
        public string ChatId { get; init; } = "chat-" + UserId;
        public bool IsGroup { get; init; }

        public Task<Reply> SendAsync(string text, string? messageId = null) => Harness.Router.HandleAsync(new IncomingMessage
        {
            Channel = Channel, ChatId = ChatId, UserId = UserId, Text = text, IsGroup = IsGroup,
            MessageId = messageId ?? Harness.NextMessageId(),
        });

        public Sender InGroup(string groupChatId) => this with { ChatId = groupChatId, IsGroup = true };
    }
}
