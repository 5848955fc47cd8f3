using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Fakes.OpenAi;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>The assistant in the real host (Kestrel, shipped knowledge/ index, LiteDB), asked through the router.</summary>
public class RealKnowledgeTests
{
    private const string Question = "kalau mau bikin koperasi minimal berapa orang?";

    [Fact]
    public async Task Offline_answer_through_the_router_quotes_the_article_in_force()
    {
        using var app = new BotApp();

        var reply = await AskAsync(app, Question);

        Assert.StartsWith("UU 25/1992 Pasal 6 ayat (1)", reply.Text);
        Assert.Contains("9 (sembilan) orang", reply.Text);
    }

    [Fact]
    public async Task Model_sees_the_retrieved_articles_and_its_passage_ids_become_citations()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Koperasi primer dibentuk paling sedikit oleh 9 orang [P1]."));
        using var app = new BotApp(AssistantHost.LlmSettings(model));

        var reply = await AskAsync(app, Question);

        var shown = model.Requests[0].LastUserMessage;
        Assert.Contains("[P1] UU 25/1992 Pasal 6 (diubah oleh UU 6/2023", shown);
        Assert.Contains("9 (sembilan) orang", shown);
        Assert.Equal("Koperasi primer dibentuk paling sedikit oleh 9 orang (UU 25/1992 Pasal 6).", reply.Text);
    }

    [Fact]
    public async Task Model_citing_the_repealed_wording_elsewhere_gets_the_extractive_answer()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Minimal 20 orang sesuai UU 17/2012 Pasal 7 ayat (1)."));
        using var app = new BotApp(AssistantHost.LlmSettings(model));

        var reply = await AskAsync(app, Question);

        Assert.DoesNotContain("UU 17/2012", reply.Text);
        Assert.StartsWith("UU 25/1992 Pasal 6 ayat (1)", reply.Text);
    }

    private static Task<Reply> AskAsync(BotApp app, string text)
    {
        _ = app.BaseAddress; // start the real host on Kestrel
        return app.Services.GetRequiredService<IConversationRouter>().HandleAsync(new IncomingMessage
        {
            Channel = ChannelNames.Telegram, ChatId = "c1", UserId = "u1", Text = text, MessageId = Guid.NewGuid().ToString("N"),
        });
    }
}
