using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;

namespace KKMP.Bot.Benchmarks;

internal sealed record TelegramLoadResult(int Count, double Seconds, List<double> Acks, List<double> EndToEnd, double CpuMilliseconds)
{
    public double Rate => Count / Seconds;

    public string Cpu => $"CPU {CpuMilliseconds:F3} ms/update (all three parts) ≈ {Environment.ProcessorCount * 1000 / CpuMilliseconds:F0} updates/s if {Environment.ProcessorCount} cores were ours";
}

/// <summary>
/// The load generator: one sender per manager chat POSTs updates to the webhook; a reply's arrival at
/// the fake Bot API (matched per chat, in order) ends that update's end-to-end time.
/// </summary>
internal sealed partial class TelegramLoadGenerator
{
    private readonly HttpClient http;
    private readonly ConcurrentDictionary<long, ConcurrentQueue<long>> pending = new();
    private readonly ConcurrentBag<double> endToEnd = [];
    private readonly ConcurrentDictionary<long, TaskCompletionSource<string>> replyWaiters = new();
    // Shared by every generator of a run: a second generator must not repeat the first one's update ids.
    private static int nextUpdateId, nextMessageId;
    private int recorded, sent, outstanding;
    private TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly int managers;
    private readonly int firstManager;

    /// <param name="firstManager">Index of this generator's first manager (generators of one run use disjoint chats).</param>
    public TelegramLoadGenerator(string hostUrl, FakeBotApiServer api, int managers, int firstManager = 0)
    {
        this.managers = managers;
        this.firstManager = firstManager;
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = managers }) { BaseAddress = new Uri(hostUrl) };
        api.OnCall = OnBotCall;
    }

    public int Recorded => recorded;
    public int Sent => sent;

    /// <summary>Each manager is invited through the bot itself (admin /undang, manager /gabung); stock is received first.</summary>
    public async Task SetUpManagersAsync()
    {
        for (var i = 0; i < managers; i++)
        {
            var invite = await AskAsync(1, "/undang pengelola");
            var code = JoinCode().Match(invite).Groups[1].Value;
            var joined = await AskAsync(ManagerOf(i), $"/gabung {code}");
            if (!joined.Contains("pengelola")) throw new InvalidOperationException($"manager setup failed: {joined}");
        }
        // Above 1.000 kg the bot asks first (a probable typo in a real shop): confirm it.
        await AskAsync(ManagerOf(0), "/masuk beras 100000 kg");
        var received = await AskAsync(ManagerOf(0), "YA");
        if (!received.Contains("Tercatat")) throw new InvalidOperationException($"stock setup failed: {received}");
    }

    /// <summary>As fast as the webhook accepts: each chat's sender posts its next update when the previous got its 200.</summary>
    public Task<TelegramLoadResult> BurstAsync(int total, int concurrency, string text = "/jual beras 1 kg") =>
        MeasureAsync(total, concurrency, (_, _) => TimeSpan.Zero, text);

    /// <summary>Open loop at a fixed offered rate spread over the chats; a late sender catches up, it does not skip.</summary>
    public Task<TelegramLoadResult> PacedAsync(int ratePerSecond, int seconds) =>
        MeasureAsync(ratePerSecond * seconds, managers, (chat, k) => TimeSpan.FromSeconds((k * (double)managers + chat) / ratePerSecond), "/jual beras 1 kg");

    private async Task<TelegramLoadResult> MeasureAsync(int total, int chats, Func<int, int, TimeSpan> dueAt, string text)
    {
        endToEnd.Clear();
        drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref outstanding, total);
        var acks = new ConcurrentBag<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var senders = Enumerable.Range(0, chats).Select(chat => Task.Run(async () =>
        {
            for (var k = 0; k * chats + chat < total; k++)
            {
                var wait = dueAt(chat, k) - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                var begun = Stopwatch.GetTimestamp();
                pending.GetOrAdd(ManagerOf(chat), _ => new()).Enqueue(begun);
                await PostAsync(ManagerOf(chat), text);
                acks.Add(Stats.ElapsedMilliseconds(begun));
            }
        })).ToArray();
        await Task.WhenAll(senders);
        await drained.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / total;
        return new TelegramLoadResult(total, seconds, [.. acks], [.. endToEnd], cpu);
    }

    private void OnBotCall(RecordedCall call)
    {
        if (call.Method != "sendMessage" || call.ChatId is not long chatId) return;
        if (replyWaiters.TryRemove(chatId, out var waiter))
        {
            waiter.TrySetResult(call.Text ?? "");
            return;
        }
        if (call.Text?.StartsWith("Tercatat") == true) Interlocked.Increment(ref recorded);
        if (pending.TryGetValue(chatId, out var queue) && queue.TryDequeue(out var begun))
            endToEnd.Add(Stats.ElapsedMilliseconds(begun));
        if (Interlocked.Decrement(ref outstanding) == 0) drained.TrySetResult();
    }

    private async Task<string> AskAsync(long userId, string text)
    {
        var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        replyWaiters[userId] = reply;
        await PostAsync(userId, text);
        return await reply.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task PostAsync(long userId, string text)
    {
        var updateId = Interlocked.Increment(ref nextUpdateId);
        var messageId = Interlocked.Increment(ref nextMessageId);
        var json = $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{messageId}}},"date":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"chat":{"id":{{{userId}}},"type":"private","first_name":"Pengelola"},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"Pengelola"},"text":"{{{text}}}"}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSecret.HeaderName, TelegramWebhookBenchmark.Secret);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"webhook answered {(int)response.StatusCode}");
        Interlocked.Increment(ref sent);
    }

    public static long ManagerId(int index) => 10_000 + index;

    private long ManagerOf(int index) => ManagerId(firstManager + index);

    [GeneratedRegex(@"/gabung ([A-Z0-9]{6,})")]
    private static partial Regex JoinCode();
}
