using System.Diagnostics;
using System.Net.Http.Json;
using KKMP.Bot.Assistant;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Fakes.OpenAi;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// Offline answer latency end to end through the router, and in LLM mode (local fake model with a
/// fixed delay standing in for the model's own time) the time the assistant adds on top of the model.
/// </summary>
public sealed class AssistantBenchmark : IBenchmark
{
    private const string Question = "berapa jumlah minimal pendiri koperasi primer?";
    private static readonly TimeSpan ModelTime = TimeSpan.FromMilliseconds(20);

    public string Name => "assistant";

    public string Description => "offline answer via router (p50/p99), with Redis up/down; assistant overhead over a fake model's time";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using (var offline = await Host.StartAsync([]))
        {
            Console.WriteLine($"offline regulation answer via router: {await TimeAsync(offline, Question, 2000)}");
            Console.WriteLine($"offline price answer via assistant:   {await TimeAsync(offline, "beras berapaan sekilo?", 2000, direct: true)}");
            Console.WriteLine($"offline not-found answer via router:  {await TimeAsync(offline, "siapa juara piala dunia 1998?", 2000)}");
        }

        using (var redis = await RedisServer.StartAsync())
        await using (var shared = await Host.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString }))
        {
            Console.WriteLine($"offline answer, state in Redis:       {await TimeAsync(shared, Question, 1000)}");
            redis.Stop();
            var first = Stopwatch.GetTimestamp();
            await shared.AskAsync(Question, direct: false);
            Console.WriteLine($"first answer after Redis died:        {Stats.ElapsedMilliseconds(first):F3} ms (connection timeouts, then the circuit opens)");
            Console.WriteLine($"offline answer, Redis down:           {await TimeAsync(shared, Question, 1000)}");
        }

        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Text("Minimal dua puluh orang [P1].") with { Delay = ModelTime };
        await using var llm = await Host.StartAsync(new()
        {
            ["Assistant:Endpoint"] = model.Endpoint.ToString(), ["Assistant:Model"] = "bench", ["Assistant:ApiKey"] = "k",
        });
        var reply = await llm.AskAsync(Question, direct: false);
        if (reply.Text.Contains("Catatan")) throw new InvalidOperationException($"LLM path fell back: {reply.Text}");

        // Alternate a bare model call and a full answer so both see the same machine load; the
        // difference within each pair is what the assistant adds (search, kernel, prompts, checks, state).
        using var http = new HttpClient();
        var (raw, e2e, overhead) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < 320; i++)
        {
            var bare = await RawModelCallAsync(http, model);
            var start = Stopwatch.GetTimestamp();
            await llm.AskAsync(Question, direct: false, i);
            var full = Stats.ElapsedMilliseconds(start);
            if (i < 20) continue; // warm-up
            raw.Add(bare);
            e2e.Add(full);
            overhead.Add(full - bare);
        }
        Console.WriteLine($"fake model alone (HTTP + {ModelTime.TotalMilliseconds} ms): {Stats.Summary(raw)}");
        Console.WriteLine($"LLM answer via router (1 model call): {Stats.Summary(e2e)}");
        Console.WriteLine($"assistant overhead per answer (pairs): {Stats.Summary(overhead)}");
        Console.WriteLine(Stats.ManagedMemory());
    }

    private static async Task<string> TimeAsync(Host host, string text, int count, bool direct = false) =>
        Stats.Summary(await SamplesAsync(host, text, count, direct));

    private static async Task<List<double>> SamplesAsync(Host host, string text, int count, bool direct)
    {
        for (var i = 0; i < Math.Min(100, count / 10); i++) await host.AskAsync(text, direct, i);
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await host.AskAsync(text, direct, i);
            samples.Add(Stats.ElapsedMilliseconds(start));
        }
        return samples;
    }

    /// <summary>The same request shape straight to the fake model: what the model call costs without the assistant.</summary>
    private static async Task<double> RawModelCallAsync(HttpClient http, FakeOpenAiServer model)
    {
        var body = new { model = "bench", messages = new[] { new { role = "user", content = Question } } };
        var start = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync(new Uri(model.Endpoint + "/chat/completions"), body);
        await response.Content.ReadAsStringAsync();
        return Stats.ElapsedMilliseconds(start);
    }

    /// <summary>The host's own wiring (Program.cs without channels) on a temporary ledger.</summary>
    private sealed class Host(WebApplication app, string directory) : IAsyncDisposable
    {
        public static async Task<Host> StartAsync(Dictionary<string, string?> settings)
        {
            var directory = Directory.CreateTempSubdirectory("kkmp-bench-").FullName;
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
            builder.Logging.SetMinimumLevel(LogLevel.Error);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ledger:Path"] = Path.Combine(directory, "kkmp.db"), ["urls"] = "http://127.0.0.1:0",
            });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.AddDefaults();
            builder.AddLedger();
            builder.AddKnowledge();
            builder.AddAssistant();
            builder.AddConversation();
            var app = builder.Build();
            await app.StartAsync();
            return new Host(app, directory);
        }

        public Task<Reply> AskAsync(string text, bool direct, int conversation = 0)
        {
            var message = new IncomingMessage
            {
                Channel = ChannelNames.Terminal, ChatId = $"bench-{conversation % 50}", UserId = "bench", Text = text, MessageId = Guid.NewGuid().ToString("N"),
            };
            if (!direct) return app.Services.GetRequiredService<IConversationRouter>().HandleAsync(message);
            var asker = app.Services.GetRequiredService<IdentityResolver>().Resolve(message);
            return app.Services.GetRequiredService<IAssistant>().AnswerAsync(new AssistantRequest(asker, text, asker.ConversationKey(message.ChatId)));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
