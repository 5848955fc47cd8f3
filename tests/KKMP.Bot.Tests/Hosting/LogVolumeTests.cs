using System.Net;
using KKMP.Bot.Assistant;
using KKMP.Bot.Tests.Assistant;
using KKMP.Bot.Tests.Fakes.OpenAi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Tests.Hosting;

/// <summary>At the shipped log levels a failure is one line with an error id; its stack trace is at Debug.</summary>
public class LogVolumeTests
{
    [Fact]
    public async Task A_failing_model_endpoint_prints_one_line_with_an_error_id()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.WhenScriptEmpty = ScriptedReply.Error(HttpStatusCode.InternalServerError);
        var printed = new PrintedLogs();
        using var host = new AssistantHost(AssistantHost.LlmSettings(model, ("Assistant:MaxRetries", "2")),
            configure: services => services.AddLogging(logging => logging.AddProvider(printed)));

        var reply = await host.AskAsync("berapa minimal pendiri koperasi primer?");

        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
        var warnings = printed.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        var failure = Assert.Single(warnings);
        Assert.Matches(@"\(error [0-9a-f]{8}: ", failure.Text);
        Assert.Equal(1, printed.Lines(LogLevel.Warning));
        Assert.True(printed.Lines(LogLevel.Information) <= 6, string.Join('\n', printed.Entries.Select(e => $"{e.Level} {e.Category}: {e.Text}")));
    }
}
