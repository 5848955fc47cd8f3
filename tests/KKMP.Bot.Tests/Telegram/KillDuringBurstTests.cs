using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;
using KKMP.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>
/// kill -9 in the middle of a burst, three times, then a last start on the same ledger file: every update
/// Telegram was told had arrived (webhook: answered 200; polling: confirmed by a later offset) gets
/// exactly one effect in the ledger and a reply. Each update is "/masuk beras 1000+N gram" with N its own
/// message id, so a reply names the update it answers. Waits are for events (replies arriving, the
/// host listening), each bounded generously.
/// </summary>
public sealed partial class KillDuringBurstTests(ITestOutputHelper output)
{
    private const int Chats = 8;
    private const int SendersPerChat = 4;
    private const int KillRounds = 3;
    private const int RepliesBeforeKill = 150;
    private const string Secret = "rahasia-kill-test";
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [Fact]
    public Task Webhook_every_update_answered_200_gets_one_effect_and_a_reply_after_kill_9() => RunAsync(webhook: true);

    [Fact]
    public Task Polling_every_update_confirmed_by_an_offset_gets_one_effect_and_a_reply_after_kill_9() => RunAsync(webhook: false);

    private async Task RunAsync(bool webhook)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("kkmp-kill-").FullName;
        var burst = new Burst(api, webhook);
        try
        {
            for (var round = 1; round <= KillRounds; round++)
            {
                using var host = StartHost(data, api.BaseUrl, webhook, out var port);
                await host.ListeningAsync(Generous);
                var target = burst.RepliedCount() + RepliesBeforeKill;
                var senders = webhook ? burst.PostAsync(port, perChat: 400) : burst.EnqueueForPolling(perChat: 100);
                await api.WaitForAsync(_ => burst.RepliedCount() >= target, Generous, $"{RepliesBeforeKill} replies in round {round}");
                var confirmedAtKill = api.ConfirmedUpdatesBelow;
                var repliedAtKill = burst.Replied();
                host.Kill();
                await senders;
                var accepted = webhook ? burst.Delivered.Count : confirmedAtKill - 1;
                var waiting = burst.DeliveredIds(confirmedAtKill).Count(n => !repliedAtKill.Contains(n));
                output.WriteLine($"round {round}: killed after {repliedAtKill.Count} replies; {accepted} updates accepted so far, {waiting} of them not yet answered at the kill");
            }

            using (var last = StartHost(data, api.BaseUrl, webhook, out var port))
            {
                await last.ListeningAsync(Generous);
                // Polling: the updates never confirmed are delivered again now, so every one is expected.
                var expected = burst.DeliveredIds(int.MaxValue);
                try
                {
                    await api.WaitForAsync(_ => expected.All(burst.Replied().Contains), Generous, "a reply to every accepted update");
                }
                catch (TimeoutException)
                {
                    // counted and reported below as lost
                }
                last.Kill();
            }

            var delivered = burst.DeliveredIds(api.ConfirmedUpdatesBelow);
            using var ledger = LedgerDb.Open(Path.Combine(data, "kkmp.db"));
            var effects = ledger.Movements.FindAll().GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Count());
            var replies = burst.RepliesByUpdate();

            var lost = delivered.Where(n => !effects.ContainsKey(burst.MessageKey(n)) || !replies.ContainsKey(n)).ToList();
            var doubled = effects.Where(e => e.Value > 1).Select(e => e.Key).ToList();
            var repeatedReplies = replies.Where(r => r.Value.Count > 1).ToList();
            output.WriteLine($"{(webhook ? "webhook" : "polling")}: {KillRounds} kills, {delivered.Count} updates accepted, {lost.Count} lost, " +
                             $"{doubled.Count} recorded twice, {repeatedReplies.Count} answered twice (a reply on its way when the process died)");

            Assert.True(delivered.Count > KillRounds * RepliesBeforeKill, $"only {delivered.Count} updates were accepted");
            Assert.Empty(lost);
            Assert.Empty(doubled);
            Assert.All(delivered, n => Assert.Equal(1, effects[burst.MessageKey(n)]));
            // A reply cannot be sent and marked sent in one step: one on its way at the kill is sent again,
            // and then it says the message was already recorded. It never records or reads as new twice.
            Assert.All(repeatedReplies, r => Assert.All(r.Value.Skip(1), text => Assert.Contains("sudah tercatat", text)));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { /* temp cleanup takes it */ }
        }
    }

    private static HostProcess StartHost(string data, string apiBaseUrl, bool webhook, out int port)
    {
        port = HostProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Ledger__Path"] = Path.Combine(data, "kkmp.db"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Telegram__BotToken"] = "424242:KILL-test-token",
            ["Telegram__ApiBaseUrl"] = apiBaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
        };
        if (webhook)
        {
            environment["Telegram__WebhookUrl"] = "https://bot.kkmp.example/telegram/webhook";
            environment["Telegram__SecretToken"] = Secret;
        }
        for (var i = 0; i < Chats; i++) environment[$"Bot__AdminUserIds__{i}"] = $"telegram:{Burst.ChatOf(i)}";
        return HostProcess.Start(data, environment);
    }

    /// <summary>The updates sent, which of them the fake Telegram counts as delivered, and the replies to each.</summary>
    private sealed partial class Burst(FakeBotApiServer api, bool webhook)
    {
        private const int GramsOffset = 1000;

        private int _next;

        public ConcurrentDictionary<int, long> Delivered { get; } = new();

        /// <summary>Polling: the highest update id handed to the fake.</summary>
        public int Enqueued => _next;

        public static long ChatOf(int index) => 77_000 + index;

        public string MessageKey(int n) => $"telegram:{Delivered[n]}:{Delivered[n]}:{n}";

        /// <summary>Webhook: accepted = answered 200. Polling: accepted = confirmed by an offset below <paramref name="confirmedBelow"/>.</summary>
        public IReadOnlyList<int> DeliveredIds(int confirmedBelow) =>
            Delivered.Keys.Where(n => webhook || n < confirmedBelow).Order().ToList();

        /// <summary>
        /// <see cref="SendersPerChat"/> senders per chat (Telegram keeps up to 40 webhook connections open)
        /// POST updates one after another until the host stops answering.
        /// </summary>
        public Task PostAsync(int port, int perChat)
        {
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var senders = Enumerable.Range(0, Chats * SendersPerChat).Select(s => s % Chats).Select(i => Task.Run(async () =>
            {
                for (var k = 0; k < perChat / SendersPerChat; k++)
                {
                    var n = Interlocked.Increment(ref _next);
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
                    {
                        Content = new StringContent(Update(n, ChatOf(i)).ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Add(WebhookSecret.HeaderName, Secret);
                    try
                    {
                        using var response = await http.SendAsync(request);
                        if (response.StatusCode != HttpStatusCode.OK) return;
                        Delivered[n] = ChatOf(i);
                    }
                    catch (HttpRequestException)
                    {
                        return; // killed: Telegram would resend this one later; it was never acknowledged
                    }
                }
            })).ToArray();
            return Task.WhenAll(senders).ContinueWith(_ => http.Dispose(), TaskScheduler.Default);
        }

        /// <summary>Queues updates at the fake Bot API for getUpdates, the chats interleaved.</summary>
        public Task EnqueueForPolling(int perChat)
        {
            for (var k = 0; k < perChat; k++)
                for (var i = 0; i < Chats; i++)
                {
                    var n = Interlocked.Increment(ref _next);
                    Delivered[n] = ChatOf(i);
                    api.EnqueueUpdate(Update(n, ChatOf(i)));
                }
            return Task.CompletedTask;
        }

        public int RepliedCount() => Replied().Count;

        public HashSet<int> Replied() => RepliesByUpdate().Keys.ToHashSet();

        public Dictionary<int, List<string>> RepliesByUpdate() =>
            api.CallsOf("sendMessage").Where(c => c.Succeeded && c.Text is not null)
                .Select(c => (Match: Quantity().Match(c.Text!), c.Text))
                .Where(r => r.Match.Success)
                .GroupBy(r => int.Parse(r.Match.Groups[1].Value.Replace(".", ""), CultureInfo.InvariantCulture) - GramsOffset)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Text!).ToList());

        private static JsonObject Update(int n, long chatId) => new()
        {
            ["update_id"] = n,
            ["message"] = new JsonObject
            {
                ["message_id"] = n,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = TelegramUpdates.PrivateChat(chatId, "Kasir"),
                ["from"] = TelegramUpdates.User(chatId, "Kasir"),
                // Grams from 1.001 up: the quantities stay within a few times each other, so no receipt is
                // "10× the usual" and none waits for a YA (a preview is neither an effect nor a receipt reply);
                // and the id can grow into the thousands without a receipt above 1.000 kg.
                ["text"] = $"/masuk beras {GramsOffset + n} gram",
            },
        };

        [GeneratedRegex(@"masuk beras ([\d.]+) gram")]
        private static partial Regex Quantity();
    }
}
