using KKMP.Bot.Hosting;
using KKMP.Bot.Tests.Fakes.OpenAi;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>Conversation state in a real redis-server: shared between instances, and an outage only costs the context.</summary>
public class RedisConversationStateTests
{
    private const string PrimerQuestion = "berapa minimal pendiri koperasi primer?";

    [Fact]
    public async Task Turns_are_kept_in_redis_when_it_is_configured()
    {
        using var redis = await RedisServer.StartAsync();
        using var host = new AssistantHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString, ["Assistant:HistoryIdleMinutes"] = "10",
        });

        await host.AskAsync(PrimerQuestion);

        Assert.IsType<ResilientDistributedCache>(host.Services.GetRequiredService<IDistributedCache>());
        Assert.Equal(":1", await redis.CommandAsync("DBSIZE"));
        Assert.StartsWith("*1", await redis.CommandAsync("KEYS kkmp:assistant:turns:*"));
        var ttl = int.Parse((await redis.CommandAsync("TTL kkmp:assistant:turns:telegram:c1:u1")).TrimStart(':'));
        Assert.InRange(ttl, 1, 10 * 60); // sliding expiry from Assistant:HistoryIdleMinutes
    }

    [Fact]
    public async Task Conversation_started_on_one_instance_continues_on_another()
    {
        using var redis = await RedisServer.StartAsync();
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(
            ScriptedReply.Text("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1))."),
            ScriptedReply.Text("Minimal 3 koperasi (UU 25/1992 Pasal 6 ayat (2))."));
        var settings = AssistantHost.LlmSettings(model, ("ConnectionStrings:Redis", redis.ConnectionString));
        using var first = new AssistantHost(settings);
        using var second = new AssistantHost(settings);

        await first.AskAsync(PrimerQuestion, userId: "u7", chatId: "c7");
        var reply = await second.AskAsync("kalau koperasi sekunder?", userId: "u7", chatId: "c7");

        Assert.Equal("Minimal 3 koperasi (UU 25/1992 Pasal 6 ayat (2)).", reply.Text);
        Assert.Contains(model.Requests[1].Messages, m => m.Role == "user" && m.Content == PrimerQuestion);
        Assert.Contains(model.Requests[1].Messages, m => m.Role == "assistant" && m.Content.StartsWith("Minimal 20 orang"));
    }

    [Fact]
    public async Task Bot_keeps_answering_when_redis_goes_down_mid_conversation()
    {
        var redis = await RedisServer.StartAsync();
        using var host = new AssistantHost(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var before = await host.AskAsync(PrimerQuestion);

        redis.Dispose();
        var replies = new List<string>();
        for (var i = 0; i < 3; i++)
            replies.Add((await host.AskAsync(PrimerQuestion)).Text);

        Assert.All(replies, r => Assert.Equal(before.Text, r));
        Assert.Contains(host.Logs.Warnings, w => w.Category.EndsWith(nameof(ResilientDistributedCache)));
    }

    [Fact]
    public async Task Bot_answers_when_redis_was_never_reachable()
    {
        int closedPort;
        using (var gone = await RedisServer.StartAsync()) closedPort = gone.Port;
        using var host = new AssistantHost(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = $"127.0.0.1:{closedPort}" });

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.Contains(SampleRegulations.Primer.Text, reply.Text);
    }

    [Fact]
    public async Task Cache_outage_reads_as_a_miss_and_writes_are_dropped_without_throwing()
    {
        var redis = await RedisServer.StartAsync();
        using var host = new AssistantHost(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var cache = host.Services.GetRequiredService<IDistributedCache>();
        await cache.SetStringAsync("k", "v");
        Assert.Equal("v", await cache.GetStringAsync("k"));

        redis.Dispose();

        Assert.Null(await cache.GetStringAsync("k"));
        await cache.SetStringAsync("k", "w");
        await cache.RemoveAsync("k");
        Assert.Null(cache.GetString("k"));
    }
}
