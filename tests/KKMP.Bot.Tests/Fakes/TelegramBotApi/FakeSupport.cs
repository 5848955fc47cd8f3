using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace KKMP.Bot.Tests.Fakes.TelegramBotApi;

internal static class FakeRequests
{
    /// <summary>Telegram.Bot sends JSON bodies; forms and query strings are accepted too, as Telegram does.</summary>
    public static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query) parameters[key] = value.ToString();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form) parameters[key] = value.ToString();
            // Uploaded files (sendDocument, sendPhoto): kept whole, so tests can check the bytes that arrived.
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                parameters[file.Name] = new JsonObject
                {
                    ["file_name"] = file.FileName, ["content_type"] = file.ContentType, ["bytes"] = Convert.ToBase64String(bytes.ToArray()),
                };
            }
            return parameters;
        }
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (body.Length > 0 && JsonNode.Parse(body) is JsonObject json)
            foreach (var (key, value) in json) parameters[key] = value?.DeepClone();
        return parameters;
    }
}

internal static class FakeResponses
{
    public static JsonObject Me() => new()
    {
        ["id"] = FakeBotApiServer.BotUserId, ["is_bot"] = true, ["first_name"] = "Kop Merah Putih",
        ["username"] = FakeBotApiServer.BotUsername, ["can_join_groups"] = true,
    };

    public static JsonObject SentMessage(JsonObject parameters, int messageId) => new()
    {
        ["message_id"] = messageId,
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["from"] = Me(),
        ["chat"] = new JsonObject { ["id"] = ChatIdOf(parameters), ["type"] = "private" },
        ["text"] = parameters["text"]?.DeepClone(),
    };

    /// <summary>The chat id as a number (multipart forms send it as text).</summary>
    private static JsonNode? ChatIdOf(JsonObject parameters) =>
        parameters["chat_id"] is JsonValue v && v.TryGetValue<string>(out var text) && long.TryParse(text, out var id)
            ? JsonValue.Create(id) : parameters["chat_id"]?.DeepClone();

    public static JsonObject Error(FakeFault fault)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = fault.ErrorCode, ["description"] = fault.Description };
        if (fault.RetryAfter is int seconds) error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return error;
    }
}

/// <summary>Updates waiting for getUpdates, confirmed (dropped) by a later offset as Telegram does.</summary>
internal sealed class PendingUpdates
{
    private readonly List<JsonObject> pending = [];
    private int nextId = 1;
    private int confirmedBelow;

    /// <summary>Every update with a smaller id has been confirmed by an offset (and is gone, as at Telegram).</summary>
    public int ConfirmedBelow
    {
        get { lock (pending) return confirmedBelow; }
    }

    public int Add(JsonObject update)
    {
        lock (pending)
        {
            if (update["update_id"] is null) update["update_id"] = nextId++;
            else nextId = Math.Max(nextId, update["update_id"]!.GetValue<int>() + 1);
            pending.Add(update);
            return update["update_id"]!.GetValue<int>();
        }
    }

    public async Task<JsonArray> TakeAsync(JsonObject parameters, Signal changed, CancellationToken aborted)
    {
        var offset = Int(parameters["offset"]) ?? 0;
        var timeout = TimeSpan.FromSeconds(Math.Min(Int(parameters["timeout"]) ?? 0, 10));
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var wait = changed.NextAsync();
            lock (pending)
            {
                pending.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                confirmedBelow = Math.Max(confirmedBelow, offset);
                if (pending.Count > 0) return new JsonArray(pending.Take(Int(parameters["limit"]) ?? 100).Select(u => (JsonNode)u.DeepClone()).ToArray());
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || aborted.IsCancellationRequested) return [];
            try { await wait.WaitAsync(left, aborted); }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException) { return []; }
        }
    }

    private static int? Int(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when int.TryParse(v.ToString(), out var i) => i,
        _ => null,
    };
}

/// <summary>A repeatable "something changed" notification: await NextAsync(), Raise() wakes all waiters.</summary>
internal sealed class Signal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task NextAsync() => Volatile.Read(ref next).Task;

    public void Raise() => Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
