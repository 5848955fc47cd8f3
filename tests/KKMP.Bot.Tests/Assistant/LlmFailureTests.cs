using System.Net;
using KKMP.Bot.Assistant;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Tests.Fakes.OpenAi;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>LLM mode failures (errors, rate limits, timeouts, empty or unusable replies) never reach the user: the offline answer does.</summary>
public class LlmFailureTests
{
    private const string PrimerQuestion = "berapa minimal pendiri koperasi primer?";

    [Fact]
    public async Task Model_that_ignores_tools_and_invents_a_price_is_replaced_by_the_shop_answer()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Harga beras Rp99.000/kg."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAssistantAsync("beras sekarang harganya berapa ya?");

        Assert.DoesNotContain("99.000", reply.Text);
        Assert.StartsWith("Harga Beras: Rp12.500/kg", reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
    }

    [Fact]
    public async Task Server_errors_are_retried_then_the_offline_answer_is_sent_with_a_note()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Error(HttpStatusCode.InternalServerError);
        using var host = new AssistantHost(AssistantHost.LlmSettings(model, ("Assistant:MaxRetries", "2")));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.Contains(SampleRegulations.Primer.Text, reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
        Assert.Equal(3, model.Requests.Count); // one attempt + two retries, no more
    }

    [Fact]
    public async Task Rate_limit_is_retried_and_the_next_answer_is_used()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Error(HttpStatusCode.TooManyRequests), ScriptedReply.Text("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1))."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.Equal("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1)).", reply.Text);
        Assert.Equal(2, model.Requests.Count);
    }

    [Fact]
    public async Task Slow_model_times_out_and_the_offline_answer_is_sent_with_a_note()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Text("terlambat (UU 25/1992 Pasal 6 ayat (1))") with { Delay = TimeSpan.FromSeconds(30) };
        using var host = new AssistantHost(AssistantHost.LlmSettings(model,
            ("Assistant:AttemptTimeoutSeconds", "0.3"), ("Assistant:TotalTimeoutSeconds", "1"), ("Assistant:MaxRetries", "1")));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.DoesNotContain("terlambat", reply.Text);
        Assert.Contains(SampleRegulations.Primer.Text, reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"choices\":[{\"mess")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    public async Task Unreadable_success_response_falls_back_to_the_offline_answer(string body)
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Raw(HttpStatusCode.OK, body);
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.StartsWith(SampleRegulations.Primer.Citation, reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
    }

    [Fact]
    public async Task Empty_reply_falls_back_to_the_offline_answer()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text(""));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.StartsWith(SampleRegulations.Primer.Citation, reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
    }

    [Fact]
    public async Task Malformed_tool_arguments_never_reach_the_user_as_an_error()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.ToolCall("Prices-get_price", "{\"item\": beras"), ScriptedReply.Text("Maaf, terjadi kesalahan."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAssistantAsync("beras sekarang harganya berapa ya?");

        Assert.StartsWith("Harga Beras: Rp12.500/kg", reply.Text);
    }
}
