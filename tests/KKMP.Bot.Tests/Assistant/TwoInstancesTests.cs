using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Fakes.OpenAi;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>Two real hosts (Kestrel) behind one Redis, as behind one webhook URL: state follows the conversation, not the instance.</summary>
public class TwoInstancesTests
{
    [Fact]
    public async Task Conversation_continues_on_the_other_host_instance_through_redis()
    {
        using var redis = await RedisServer.StartAsync();
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(
            ScriptedReply.ToolCall("Prices-get_price", """{"item":"beras"}"""),
            ScriptedReply.Text("Harga beras Rp12.500 per kg."),
            ScriptedReply.ToolCall("Prices-get_price", """{"item":"gula"}"""),
            ScriptedReply.Text(r => r.LastToolResult!.Contains("17500") ? "Gula pasir Rp17.500 per kg." : "?"));
        var settings = AssistantHost.LlmSettings(model, ("ConnectionStrings:Redis", redis.ConnectionString));
        using var first = new BotApp(settings);
        using var second = new BotApp(settings);
        Assert.NotEqual(first.BaseAddress, second.BaseAddress);

        // questions only the assistant reads: about the shop (so the model answers with the shop's tools) but neither a price
        // question nor a stock question the grammar answers from the ledger itself
        const string Opening = "stok beras di gudang belakang aman gak ya?";
        var opening = await AskAsync(first, Opening);
        var followUp = await AskAsync(second, "stok gula di gudang belakang gimana?");

        Assert.Equal("Harga beras Rp12.500 per kg.", opening.Text);
        Assert.Equal("Gula pasir Rp17.500 per kg.", followUp.Text);
        var context = model.Requests[2].Messages;
        Assert.Contains(context, m => m.Role == "user" && m.Content == Opening);
        Assert.Contains(context, m => m.Role == "assistant" && m.Content == "Harga beras Rp12.500 per kg.");
    }

    [Fact]
    public async Task Host_keeps_answering_after_redis_dies()
    {
        var redis = await RedisServer.StartAsync();
        using var app = new BotApp(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        _ = app.BaseAddress;
        var before = await AskAsync(app, "harganya beras berapa sih");

        redis.Dispose();
        var after = await AskAsync(app, "harganya beras berapa sih");
        var again = await AskAsync(app, "harganya beras berapa sih");

        Assert.Contains("Rp12.500", before.Text);
        Assert.Equal(before.Text, after.Text);
        Assert.Equal(before.Text, again.Text);
    }

    private static Task<Reply> AskAsync(BotApp app, string text) =>
        app.Services.GetRequiredService<IConversationRouter>().HandleAsync(new IncomingMessage
        {
            Channel = ChannelNames.Telegram, ChatId = "group-1", UserId = "u1", Text = text,
            MessageId = Guid.NewGuid().ToString("N"),
        });
}
