using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Tests.Assistant;

public class AssistantConfigurationTests
{
    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", null, "Set both Assistant:Endpoint and Assistant:Model")]
    [InlineData("not a url", "qwen2.5:7b", "Assistant:Endpoint must be an absolute URL")]
    public void Half_or_wrong_llm_settings_stop_the_host_at_start_with_a_clear_message(string endpoint, string? model, string message)
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["Assistant:Endpoint"] = endpoint, ["Assistant:Model"] = model });

        var error = Assert.ThrowsAny<Exception>(() => app.BaseAddress);

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException a ? a.InnerException : error);
        Assert.Contains(validation.Failures, f => f.Contains(message));
    }
}
