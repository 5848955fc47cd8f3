using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Tests.Fakes.TelegramBotApi;

/// <summary>
/// A local stand-in for api.telegram.org on 127.0.0.1 (real Kestrel): answers
/// POST /bot{token}/{method} with Telegram's {"ok":true,"result":…} envelope, records every call,
/// serves queued updates to getUpdates (long polling), and can script failures (429 with
/// retry_after, 403, dropped connections) for the next calls of a method.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const long BotUserId = 700_000_001;
    public const string BotUsername = "KopMerahPutihBot";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly List<(string Method, FakeFault Fault)> faults = [];
    private readonly PendingUpdates updates = new();
    private readonly Signal changed = new();
    private int nextMessageId = 1000;

    private FakeBotApiServer(WebApplication app) => this.app = app;

    /// <summary>Called for every recorded call (benchmarks time replies with it).</summary>
    public Action<RecordedCall>? OnCall { get; set; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Added before answering sendMessage: stands in for the round trip to the real Telegram.</summary>
    public TimeSpan SendLatency { get; set; }

    /// <summary>Recording every call costs memory under load; benchmarks may switch it off.</summary>
    public bool Record { get; set; } = true;

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var server = new FakeBotApiServer(builder.Build());
        server.app.Map("/bot{token}/{method}", (Func<HttpContext, string, string, Task>)server.HandleAsync);
        await server.app.StartAsync();
        server.BaseUrl = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public IReadOnlyList<RecordedCall> Calls => calls.ToArray();

    public IReadOnlyList<RecordedCall> CallsOf(string method) => calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail this way.</summary>
    public void Fail(string method, FakeFault fault, int times = 1)
    {
        lock (faults)
            for (var i = 0; i < times; i++) faults.Add((method, fault));
    }

    /// <summary>Queues an update for getUpdates; assigns update_id when missing. Returns the id.</summary>
    public int EnqueueUpdate(JsonObject update)
    {
        var id = updates.Add(update);
        changed.Raise();
        return id;
    }

    /// <summary>getUpdates has confirmed (by its offset) every update with a smaller id: Telegram will not deliver those again.</summary>
    public int ConfirmedUpdatesBelow => updates.ConfirmedBelow;

    /// <summary>
    /// How long a test waits for an effect before failing: only a failing test ever waits this long. Generous because a
    /// loaded 2-core machine (a CI run beside other builds) made 15 s time out while the effect was still on its way.
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    /// <summary>Waits until the recorded calls satisfy <paramref name="condition"/>; fails with the calls seen so far.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(Func<IReadOnlyList<RecordedCall>, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            var wait = changed.NextAsync();
            var snapshot = Calls;
            if (condition(snapshot)) return snapshot;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Timed out waiting for {what ?? "calls"}. Calls seen:\n" + string.Join("\n", snapshot));
            await Task.WhenAny(wait, Task.Delay(left));
        }
    }

    /// <summary>Waits for at least <paramref name="count"/> successful calls of a method and returns them.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        var all = await WaitForAsync(c => c.Count(x => x.Method == method && x.Succeeded) >= count, timeout, $"{count} × {method}");
        return all.Where(x => x.Method == method && x.Succeeded).ToArray();
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        var parameters = await FakeRequests.ReadParametersAsync(http.Request);
        if (TakeFault(method, parameters) is { } fault)
        {
            Remember(new RecordedCall(token, method, parameters, fault.Disconnect ? 0 : fault.ErrorCode, DateTimeOffset.UtcNow));
            if (fault.Stall)
            {
                try { await Task.Delay(Timeout.Infinite, http.RequestAborted); }
                catch (OperationCanceledException) { }
                return;
            }
            if (fault.Disconnect)
            {
                http.Abort();
                return;
            }
            http.Response.StatusCode = fault.ErrorCode;
            await http.Response.WriteAsync(FakeResponses.Error(fault).ToJsonString());
            return;
        }

        if (method == "sendMessage" && SendLatency > TimeSpan.Zero) await Task.Delay(SendLatency, http.RequestAborted);
        JsonNode result = method switch
        {
            "getMe" => FakeResponses.Me(),
            "sendMessage" or "sendDocument" or "sendPhoto" => FakeResponses.SentMessage(parameters, Interlocked.Increment(ref nextMessageId)),
            // Telegram answers an edit of a chat message with the message, of an inline message with true.
            "editMessageText" or "editMessageReplyMarkup" when parameters["chat_id"] is not null => FakeResponses.SentMessage(parameters, parameters["message_id"]!.GetValue<int>()),
            "getUpdates" => await updates.TakeAsync(parameters, changed, http.RequestAborted),
            "getWebhookInfo" => new JsonObject { ["url"] = "", ["has_custom_certificate"] = false, ["pending_update_count"] = 0 },
            _ => JsonValue.Create(true), // sendChatAction, setWebhook, deleteWebhook, setMyCommands, answerCallbackQuery, editMessageReplyMarkup …
        };
        if (method != "getUpdates" || result.AsArray().Count > 0)
            Remember(new RecordedCall(token, method, parameters, 200, DateTimeOffset.UtcNow));
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    private FakeFault? TakeFault(string method, JsonObject parameters)
    {
        var chatId = new RecordedCall("", method, parameters, 0, default).ChatId;
        lock (faults)
        {
            var index = faults.FindIndex(f => f.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && (f.Fault.ChatId is null || f.Fault.ChatId == chatId));
            if (index < 0) return null;
            var fault = faults[index].Fault;
            faults.RemoveAt(index);
            return fault;
        }
    }

    private void Remember(RecordedCall call)
    {
        if (Record) calls.Enqueue(call);
        OnCall?.Invoke(call);
        changed.Raise();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
