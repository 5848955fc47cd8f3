using System.Net;
using KKMP.Bot.Assistant;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Tests.Fakes.OpenAi;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>LLM mode: the real Semantic Kernel OpenAI connector against the local fake OpenAI-compatible server.</summary>
public class LlmAssistantTests
{
    private const string PrimerQuestion = "berapa minimal pendiri koperasi primer?";

    [Fact]
    public async Task Answer_citing_retrieved_passages_is_sent_and_the_model_saw_them_with_ids()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Koperasi primer dibentuk paling sedikit oleh 20 orang [P1]."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.Equal("Koperasi primer dibentuk paling sedikit oleh 20 orang (UU 25/1992 Pasal 6 ayat (1)).", reply.Text);
        var request = Assert.Single(model.Requests);
        Assert.Equal("fake-model", request.Model);
        Assert.Contains("[P1] UU 25/1992 Pasal 6 ayat (1)", request.LastUserMessage);
        Assert.Contains(SampleRegulations.Primer.Text, request.LastUserMessage);
        Assert.Contains("Koperasi Demo Merah Putih", request.Messages[0].Content);
    }

    [Fact]
    public async Task Invented_citation_is_caught_and_the_extractive_answer_is_sent()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Menurut UU 25/1992 Pasal 99 ayat (3), cukup 5 orang."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.DoesNotContain("Pasal 99", reply.Text);
        Assert.DoesNotContain("5 orang", reply.Text);
        Assert.Contains(SampleRegulations.Primer.Text, reply.Text);
        Assert.Contains(SampleRegulations.Primer.Citation, reply.Text);
        Assert.Contains(host.Logs.Warnings, w => w.Message.Contains("rejected") && w.Message.Contains("Pasal 99 ayat (3)"));
    }

    [Fact]
    public async Task Citation_from_a_passage_the_model_searched_for_itself_is_accepted()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(
            ScriptedReply.ToolCall("Regulations-search", """{"query":"rapat anggota sekali setahun"}"""),
            ScriptedReply.Text("Pendiri minimal 20 orang [P1]; rapat anggota sekali setahun (UU 25/1992 Pasal 26 ayat (1))."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.Equal("Pendiri minimal 20 orang (UU 25/1992 Pasal 6 ayat (1)); rapat anggota sekali setahun (UU 25/1992 Pasal 26 ayat (1)).", reply.Text);
        Assert.Contains(SampleRegulations.RapatAnggota.Text, model.Requests[1].LastToolResult);
    }

    [Fact]
    public async Task Answer_without_any_citation_is_not_sent()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Cukup 20 orang saja."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.StartsWith(SampleRegulations.Primer.Citation, reply.Text);
    }

    [Fact]
    public async Task Model_can_look_up_a_price_with_a_tool_call_and_its_answer_uses_the_shop_price()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(
            ScriptedReply.ToolCall("Prices-get_price", """{"item":"beras"}"""),
            ScriptedReply.Text(r => r.LastToolResult!.Contains("12500") ? "Harga beras Rp12.500 per kg." : "tool result missing"));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAssistantAsync("beras sekarang harganya berapa ya?");

        Assert.Equal("Harga beras Rp12.500 per kg.", reply.Text);
        Assert.Equal(2, model.Requests.Count);
        Assert.Contains("Prices-get_price", model.Requests[0].ToolNames);
    }

    [Fact]
    public async Task Low_retrieval_confidence_gets_the_honest_reply_without_asking_the_model()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Text("Jawaban karangan.");
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync("siapa juara piala dunia 1998?");

        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, reply.Text);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task A_half_sure_search_gives_the_model_its_passages_marked_uncertain_and_its_grounded_answer_is_sent()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Ya, pengawas berwenang meneliti catatan koperasi [P1]."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync("pengawas mau lihat buku kas boleh?");

        Assert.Equal("Ya, pengawas berwenang meneliti catatan koperasi (UU 25/1992 Pasal 39 ayat (2)).", reply.Text);
        var request = Assert.Single(model.Requests);
        Assert.Contains("[P1] UU 25/1992 Pasal 39 ayat (2)", request.LastUserMessage);
        Assert.Contains("belum tentu", request.LastUserMessage);
    }

    [Fact]
    public async Task A_half_sure_search_without_a_grounded_model_answer_gets_the_hedged_quotation()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Boleh, sesuai UU 25/1992 Pasal 77."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        var reply = await host.AskAsync("pengawas mau lihat buku kas boleh?");

        Assert.StartsWith(RegulationAnswerFormatter.TentativeOpening, reply.Text);
        Assert.Contains("UU 25/1992 Pasal 39 ayat (2)", reply.Text);
        Assert.DoesNotContain("Pasal 77", reply.Text);
    }

    [Fact]
    public async Task Streaming_replies_with_a_tool_call_work_through_the_connector()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(
            ScriptedReply.ToolCall("Prices-list_prices", "{}"),
            ScriptedReply.Text(r => r.LastToolResult!.Contains("15700") ? "Minyak goreng Rp15.700 per liter, gula pasir Rp17.500 per kg." : "?"));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model, ("Assistant:Stream", "true")));

        var reply = await host.AskAssistantAsync("daftar harga sembako");

        Assert.Equal("Minyak goreng Rp15.700 per liter, gula pasir Rp17.500 per kg.", reply.Text);
        Assert.All(model.Requests, r => Assert.True(r.Stream));
    }

    [Fact]
    public async Task Follow_up_question_is_sent_with_the_previous_turns()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(
            ScriptedReply.Text("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1))."),
            ScriptedReply.Text("Koperasi sekunder minimal 3 koperasi (UU 25/1992 Pasal 6 ayat (2))."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model));

        await host.AskAsync(PrimerQuestion);
        var reply = await host.AskAsync("kalau koperasi sekunder?");

        Assert.Equal("Koperasi sekunder minimal 3 koperasi (UU 25/1992 Pasal 6 ayat (2)).", reply.Text);
        var messages = model.Requests[1].Messages;
        Assert.Contains(messages, m => m.Role == "user" && m.Content == PrimerQuestion);
        Assert.Contains(messages, m => m.Role == "assistant" && m.Content.StartsWith("Minimal 20 orang"));
    }

    [Fact]
    public async Task Deployment_can_override_the_system_prompt()
    {
        var overrides = Directory.CreateTempSubdirectory("kkmp-prompts-").FullName;
        await File.WriteAllTextAsync(Path.Combine(overrides, "system.txt"), "PROMPT KHUSUS untuk {{$cooperative}}");
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Minimal 20 orang [P1]."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model, ("Assistant:PromptsPath", overrides)));

        await host.AskAsync(PrimerQuestion);

        var request = Assert.Single(model.Requests);
        Assert.Equal("PROMPT KHUSUS untuk Koperasi Demo Merah Putih (DEMO)", request.Messages[0].Content);
        Assert.StartsWith("Kutipan peraturan", request.LastUserMessage); // answer.txt still the shipped one
    }
}
