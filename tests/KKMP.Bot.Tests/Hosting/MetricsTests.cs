using System.Net;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting.Metrics;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Hosting;

public class MetricsTests
{
    [Fact]
    public async Task Metrics_count_messages_writes_refusals_and_reply_times_in_prometheus_format()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["Metrics:Path"] = "/ops-metrics" });
        using var client = app.CreateNetworkClient();
        // The meter is process-wide and tests run in parallel: this test's own channel name keeps its counts apart.
        var channel = "metrics" + Guid.NewGuid().ToString("N")[..8];
        app.Services.GetRequiredService<UserDirectory>().Assign(channel, "m1", DemoSeed.KoperasiId, Role.Pengelola);
        var router = app.Services.GetRequiredService<IConversationRouter>();
        Task<Reply> Send(string text, string? id = null) => router.HandleAsync(new IncomingMessage
            { Channel = channel, ChatId = "c", UserId = "m1", Text = text, MessageId = id ?? Guid.NewGuid().ToString("N") });
        using var queue = BotMetrics.ObserveQueueDepth(() => 7);

        await Send("/jual beras 1 kg");
        await Send("/jual beras dua kg");
        await Send("/jual beras 100000 kg");
        await Send("terima kasih");
        await Send("/jual beras 1 kg", "again"); // a redelivery
        await Send("/jual beras 1 kg", "again");

        var response = await client.GetAsync("/ops-metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Line(string metric, string labels) => $@"{metric}\{{otel_scope_name=""KKMP.Bot"",channel=""{channel}"",{labels}\}} ";
        Assert.Matches(Line("kkmp_messages_total", @"kind=""command""") + "5", text);
        Assert.Matches(Line("kkmp_messages_total", @"kind=""small_talk""") + "1", text);
        Assert.Matches(Line("kkmp_ledger_writes_total", @"outcome=""recorded""") + "2", text);
        Assert.Matches(Line("kkmp_ledger_writes_total", @"outcome=""duplicate""") + "1", text);
        Assert.Matches(Line("kkmp_refusals_total", @"reason=""grammar""") + "1", text);
        Assert.Matches(Line("kkmp_refusals_total", @"reason=""ledger_rule""") + "1", text);
        Assert.Matches(Line("kkmp_reply_duration_seconds_count", @"kind=""command""") + "5", text);
        // Gauges sum every source in the process (other tests' hosts may add theirs): at least this one's 7.
        var depth = System.Text.RegularExpressions.Regex.Match(text, @"kkmp_queue_depth\{otel_scope_name=""KKMP.Bot""\} (\d+)");
        Assert.True(depth.Success && long.Parse(depth.Groups[1].Value) >= 7, text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }
}
