using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KKMP.Bot.Assistant;

/// <summary>
/// Semantic Kernel's OpenAI connector for any OpenAI-compatible endpoint (Ollama, llama.cpp server,
/// vLLM, OpenAI, Azure's /openai/v1), or its Azure OpenAI connector for a classic Azure resource URL.
/// Both use the resilient HttpClient, so retries and timeouts are ours, not the SDK's.
/// </summary>
internal static class ChatCompletionFactory
{
    public const string HttpClientName = "KKMP.Bot.Assistant.Model";

    public static IChatCompletionService Create(AssistantOptions options, HttpClient httpClient, ILoggerFactory loggerFactory)
    {
        var endpoint = new Uri(options.Endpoint!);
        if (UsesAzureConnector(options.Provider, endpoint))
            return new AzureOpenAIChatCompletionService(options.Model!, options.Endpoint!, options.ApiKey ?? "",
                httpClient: httpClient, loggerFactory: loggerFactory);

#pragma warning disable SKEXP0010 // custom endpoint constructor
        // Local servers (Ollama, llama.cpp) ignore the key, but the client requires one.
        return new OpenAIChatCompletionService(options.Model!, endpoint, options.ApiKey ?? "no-key",
            httpClient: httpClient, loggerFactory: loggerFactory);
#pragma warning restore SKEXP0010
    }

    public const string AzureOpenAI = "AzureOpenAI";

    /// <summary>An Azure resource URL without the OpenAI-compatible /openai/v1 path needs the deployment-style API.</summary>
    internal static bool UsesAzureConnector(string? provider, Uri endpoint) => string.IsNullOrWhiteSpace(provider)
        ? (endpoint.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
         || endpoint.Host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase))
          && !endpoint.AbsolutePath.Contains("/openai/v1", StringComparison.OrdinalIgnoreCase)
        : string.Equals(provider, AzureOpenAI, StringComparison.OrdinalIgnoreCase);
}
