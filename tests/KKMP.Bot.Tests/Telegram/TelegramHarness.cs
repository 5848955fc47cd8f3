using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>
/// The real host (BotApp: Kestrel, temp LiteDB, real router) with the real Telegram.Bot client
/// pointed at the fake Bot API server. Delivers updates by polling (the fake's getUpdates) or by
/// POSTing to the webhook, and waits for the bot's replies as the fake records them.
/// </summary>
public sealed partial class TelegramHarness : IAsyncDisposable
{
    public const string Token = "123456:TEST-fake-token";
    public const string Secret = "rahasia-webhook_123";
    public const string WebhookUrl = "https://bot.kkmp.example/telegram/webhook";
    public const long AdminId = 1001;

    private TelegramHarness(FakeBotApiServer api, BotApp app, IDisposable host, bool webhook)
    {
        Api = api;
        App = app;
        this.host = host;
        UsesWebhook = webhook;
    }

    private readonly IDisposable host;
    private bool OwnsApi { get; init; } = true;

    public FakeBotApiServer Api { get; }

    /// <summary>The running host's services (with <c>services</c> replaced, the replaced host's: App.Services would start a second host).</summary>
    public IServiceProvider Services => host is Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> running ? running.Services : App.Services;
    public BotApp App { get; }
    public bool UsesWebhook { get; }
    public TelegramUpdates Updates { get; } = new();

    /// <param name="arrange">Scripts the fake before the host makes its first call.</param>
    /// <param name="services">Replaces services after Program's registrations (e.g. a stand-in assistant; the router stays real). Polling only.</param>
    public static async Task<TelegramHarness> StartAsync(bool webhook = false, IDictionary<string, string?>? extra = null,
        Action<FakeBotApiServer>? arrange = null, Action<IServiceCollection>? services = null, FakeBotApiServer? api = null)
    {
        var ownsApi = api is null; // a shared fake (two hosts, one bot) is disposed by whoever started it
        api ??= await FakeBotApiServer.StartAsync();
        arrange?.Invoke(api);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "2",
            ["Bot:AdminUserIds:0"] = $"telegram:{AdminId}",
        };
        if (webhook)
        {
            settings["Telegram:WebhookUrl"] = WebhookUrl;
            settings["Telegram:SecretToken"] = Secret;
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var app = new BotApp(settings);
        if (services is null)
        {
            _ = app.BaseAddress; // starts Kestrel and the hosted services
            return new TelegramHarness(api, app, app, webhook) { OwnsApi = ownsApi };
        }
        var replaced = app.WithWebHostBuilder(b => b.ConfigureTestServices(services));
        replaced.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        replaced.StartServer();
        return new TelegramHarness(api, app, replaced, webhook) { OwnsApi = ownsApi };
    }

    /// <summary>POSTs an update to the webhook with the given secret header (null: none).</summary>
    public async Task<HttpStatusCode> PostWebhookAsync(JsonObject update, string? secret = Secret)
    {
        using var client = App.CreateNetworkClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookUrl).AbsolutePath)
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null) request.Headers.Add(WebhookSecret.HeaderName, secret);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Delivers an update the way this host receives them and returns the bot's new messages to that chat.</summary>
    public async Task<IReadOnlyList<RecordedCall>> SendAsync(JsonObject update, int expectedMessages = 1)
    {
        var chatId = ChatIdOf(update);
        var before = MessagesTo(Api.Calls, chatId).Count;
        if (UsesWebhook) Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(update));
        else Api.EnqueueUpdate(update);
        var calls = await Api.WaitForAsync(c => MessagesTo(c, chatId).Count >= before + expectedMessages, what: $"{expectedMessages} message(s) to chat {chatId}");
        return MessagesTo(calls, chatId).Skip(before).ToList();
    }

    /// <summary>A private text message from <paramref name="userId"/>; returns the bot's answer text.</summary>
    public async Task<string> SayAsync(long userId, string text) => (await SendAsync(Updates.Text(userId, text)))[0].Text!;

    /// <summary>The honest way to become pengelola: the admin mints an invite in Telegram, the user redeems it.</summary>
    public async Task MakeManagerAsync(long userId)
    {
        var invite = await SayAsync(AdminId, "/undang pengelola");
        var code = JoinCommand().Match(invite);
        Assert.True(code.Success, $"no invite code in: {invite}");
        var joined = await SayAsync(userId, $"/gabung {code.Groups[1].Value}");
        Assert.Contains("pengelola", joined);
    }

    public static List<RecordedCall> MessagesTo(IEnumerable<RecordedCall> calls, long chatId) =>
        calls.Where(c => c is { Method: "sendMessage", Succeeded: true } && c.ChatId == chatId).ToList();

    public static long ChatIdOf(JsonObject update) =>
        (update["message"] ?? update["edited_message"])?["chat"]?["id"]?.GetValue<long>()
        ?? update["callback_query"]!["message"]!["chat"]!["id"]!.GetValue<long>();

    [GeneratedRegex(@"/gabung ([A-Z0-9]{6,})")]
    private static partial Regex JoinCommand();

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        App.Dispose();
        if (OwnsApi) await Api.DisposeAsync();
    }
}
