using System.Net;
using KKMP.Bot.Assistant;
using KKMP.Bot.Tests.Fakes.OpenAi;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>The Azure OpenAI connector (deployment URLs) against the fake server, and how the connector is chosen.</summary>
public class AzureOpenAiTests
{
    private const string PrimerQuestion = "berapa minimal pendiri koperasi primer?";

    [Fact]
    public async Task Azure_deployment_is_called_with_the_model_as_deployment_name()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(ScriptedReply.Text("Minimal 20 orang [P1]."));
        using var host = new AssistantHost(AssistantHost.LlmSettings(model,
            ("Assistant:Endpoint", model.Root.ToString()), ("Assistant:Model", "kkmp-gpt"), ("Assistant:Provider", "AzureOpenAI")));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.Equal("Minimal 20 orang (UU 25/1992 Pasal 6 ayat (1)).", reply.Text);
        Assert.Equal("/openai/deployments/kkmp-gpt/chat/completions", Assert.Single(model.Requests).Path);
    }

    [Fact]
    public async Task Azure_errors_are_retried_only_by_our_bounded_policy_then_fall_back()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Error(HttpStatusCode.ServiceUnavailable);
        using var host = new AssistantHost(AssistantHost.LlmSettings(model,
            ("Assistant:Endpoint", model.Root.ToString()), ("Assistant:Provider", "AzureOpenAI"), ("Assistant:MaxRetries", "1")));

        var reply = await host.AskAsync(PrimerQuestion);

        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
        Assert.Equal(2, model.Requests.Count);
    }

    [Theory]
    [InlineData(null, "https://kkmp.openai.azure.com/", true)]
    [InlineData(null, "https://kkmp.cognitiveservices.azure.com/", true)]
    [InlineData(null, "https://kkmp.openai.azure.com/openai/v1/", false)]
    [InlineData(null, "http://127.0.0.1:11434/v1", false)]
    [InlineData("AzureOpenAI", "http://127.0.0.1:9000/", true)]
    [InlineData("OpenAI", "https://kkmp.openai.azure.com/", false)]
    public void Connector_is_chosen_from_provider_or_url(string? provider, string endpoint, bool azure)
    {
        Assert.Equal(azure, ChatCompletionFactory.UsesAzureConnector(provider, new Uri(endpoint)));
    }
}
