using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// The web chat over loopback against the real host in its own process (Release build, like a
/// deployment): round trip from POST to the reply being visible (WebSocket push, and polling),
/// then 500 concurrent web conversations sending "/harga" through the real router and ledger.
/// </summary>
public sealed class WebChatBenchmark : IBenchmark
{
    private const string Secret = "benchmark-secret";
    private const int Conversations = 500;
    private const int MessagesEach = 4;

    public string Name => "webchat";

    public string Description => "Direct Line round trips (WebSocket, polling) and 500 concurrent web conversations";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var host = HostProcess.Start();
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = host.BaseAddress };
        await host.WaitUntilReadyAsync(http, cancellationToken);
        Console.WriteLine($"host ready: {host.Memory()}; {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        // Warm-up: JIT, the ledger, the router.
        await RoundTripsAsync(http, 20, viaSocket: true, cancellationToken);

        var socket = await RoundTripsAsync(http, 200, viaSocket: true, cancellationToken);
        Console.WriteLine($"round trip POST → reply, WebSocket push (200 sequential): {Stats.Summary(socket)}");
        var polling = await RoundTripsAsync(http, 200, viaSocket: false, cancellationToken);
        Console.WriteLine($"round trip POST → reply, polling every 10 ms (200 sequential): {Stats.Summary(polling)}" +
            " (Web Chat polls every 1000 ms: add up to 1 s)");

        var timings = new List<double>();
        var start = Stopwatch.GetTimestamp();
        var sessions = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(i => Conversation.OpenAsync(http, $"dl_beban{i}", cancellationToken)));
        Console.WriteLine($"{Conversations} conversations opened with WebSocket streams in {Stats.ElapsedMilliseconds(start):F0} ms; host {host.Memory()}");
        start = Stopwatch.GetTimestamp();
        var cpuBefore = host.CpuTime();
        await Task.WhenAll(sessions.Select(async session =>
        {
            for (var m = 0; m < MessagesEach; m++)
            {
                var took = await session.RoundTripAsync("/harga", viaSocket: true, cancellationToken);
                lock (timings) timings.Add(took);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine($"{Conversations} concurrent conversations × {MessagesEach} messages: {timings.Count / seconds:F0} replies/s, " +
            $"{Stats.Summary(timings)}; host {host.Memory()}, {(host.CpuTime() - cpuBefore).TotalMilliseconds / timings.Count:F2} ms host CPU per message");
        foreach (var session in sessions) session.Dispose();
    }

    /// <summary>The machine may be shared: the 1-minute load average puts the numbers in context.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static async Task<List<double>> RoundTripsAsync(HttpClient http, int count, bool viaSocket, CancellationToken cancellationToken)
    {
        using var session = await Conversation.OpenAsync(http, "dl_bench", cancellationToken);
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
            timings.Add(await session.RoundTripAsync("/harga", viaSocket, cancellationToken));
        return timings;
    }

    /// <summary>One simulated Web Chat: token from the secret, started conversation, WebSocket stream.</summary>
    private sealed class Conversation(HttpClient http, string id, string token, ClientWebSocket socket) : IDisposable
    {
        private string _watermark = "0";

        public static async Task<Conversation> OpenAsync(HttpClient http, string userId, CancellationToken cancellationToken)
        {
            var grant = await SendAsync(http, HttpMethod.Post, "/v3/directline/tokens/generate", Secret, new { user = new { id = userId } }, cancellationToken);
            var token = (string)grant["token"]!;
            var started = await SendAsync(http, HttpMethod.Post, "/v3/directline/conversations", token, new { user = new { } }, cancellationToken);
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), cancellationToken);
            var conversation = new Conversation(http, (string)grant["conversationId"]!, token, socket);
            await conversation.WaitForSocketAsync(a => (string?)a["from"]?["role"] == "bot", cancellationToken); // the welcome
            return conversation;
        }

        /// <summary>Milliseconds from sending the POST until the bot's reply to it is seen.</summary>
        public async Task<double> RoundTripAsync(string text, bool viaSocket, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            var posted = await SendAsync(http, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token,
                new { type = "message", text, from = new { id = "x" }, channelData = new { clientActivityID = Guid.NewGuid().ToString("N") } }, cancellationToken);
            var activityId = (string)posted["id"]!;
            bool IsReply(JsonObject a) => (string?)a["replyToId"] == activityId && (string?)a["type"] == "message";
            if (viaSocket)
                await WaitForSocketAsync(IsReply, cancellationToken);
            else
                await PollAsync(IsReply, cancellationToken);
            return Stats.ElapsedMilliseconds(start);
        }

        private async Task PollAsync(Func<JsonObject, bool> match, CancellationToken cancellationToken)
        {
            while (true)
            {
                var set = await SendAsync(http, HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={_watermark}", token, null, cancellationToken);
                _watermark = (string)set["watermark"]!;
                if (set["activities"]!.AsArray().OfType<JsonObject>().Any(match)) return;
                await Task.Delay(10, cancellationToken);
            }
        }

        private async Task WaitForSocketAsync(Func<JsonObject, bool> match, CancellationToken cancellationToken)
        {
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                if (message.Length == 0) continue; // keep-alive
                var frame = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
                _watermark = (string)frame["watermark"]!;
                if (frame["activities"]!.AsArray().OfType<JsonObject>().Any(match)) return;
            }
        }

        private static async Task<JsonObject> SendAsync(HttpClient http, HttpMethod method, string path, string bearer, object? body, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            if (body is not null) request.Content = JsonContent.Create(body);
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode} {path}: {text}");
            return JsonNode.Parse(text)!.AsObject();
        }

        public void Dispose() => socket.Dispose();
    }

    /// <summary>The host (KKMP.Bot.dll beside this program) on a free loopback port with a throwaway ledger.</summary>
    private sealed class HostProcess(Process process, Uri baseAddress, string dataDirectory) : IDisposable
    {
        public Uri BaseAddress => baseAddress;

        public static HostProcess Start()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var data = Directory.CreateTempSubdirectory("kkmp-webchat-bench-").FullName;
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "KKMP.Bot.dll")])
            {
                WorkingDirectory = data,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["Ledger__Path"] = Path.Combine(data, "kkmp.db");
            start.Environment["DirectLine__Secret"] = Secret;
            start.Environment["DirectLine__TokenMintsPerMinute"] = "1000000";
            start.Environment["DirectLine__MessagesPerMinute"] = "1000000";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"), data);
        }

        public async Task WaitUntilReadyAsync(HttpClient http, CancellationToken cancellationToken)
        {
            for (var attempt = 0; attempt < 300; attempt++)
            {
                try { if ((await http.GetAsync("/healthz", cancellationToken)).IsSuccessStatusCode) return; }
                catch (HttpRequestException) { }
                await Task.Delay(100, cancellationToken);
            }
            throw new TimeoutException("The host did not start within 30 s.");
        }

        public TimeSpan CpuTime()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }

        public string Memory()
        {
            process.Refresh();
            return $"{process.WorkingSet64 / (1024 * 1024)} MiB working set";
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            process.Dispose();
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
        }
    }
}
