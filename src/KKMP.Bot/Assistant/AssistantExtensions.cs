using Microsoft.Extensions.DependencyInjection.Extensions;
using KKMP.Bot.Conversation;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace KKMP.Bot.Assistant;

public static class AssistantExtensions
{
    public static WebApplicationBuilder AddAssistant(this WebApplicationBuilder builder)
    {
        builder.Services.AddAssistantServices(builder.Configuration);
        return builder;
    }

    /// <summary>Registers the Semantic Kernel assistant; it replaces any interim <see cref="IAssistant"/>.</summary>
    public static IServiceCollection AddAssistantServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssistantOptions>().BindConfiguration(AssistantOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) == string.IsNullOrWhiteSpace(o.Model),
                "Set both Assistant:Endpoint and Assistant:Model for LLM mode, or neither for offline mode")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _),
                "Assistant:Endpoint must be an absolute URL, e.g. http://127.0.0.1:11434/v1")
            .Validate(o => string.IsNullOrWhiteSpace(o.Provider) || o.Provider.Equals("OpenAI", StringComparison.OrdinalIgnoreCase)
                           || o.Provider.Equals(ChatCompletionFactory.AzureOpenAI, StringComparison.OrdinalIgnoreCase),
                "Assistant:Provider must be empty, OpenAI or AzureOpenAI")
            .Validate(o => o.MaxRetries >= 0 && o.MaxToolRounds >= 0 && o.HistoryMessages >= 0 && o.HistoryCharacters > 0 && o.HistoryIdleMinutes > 0,
                "Assistant: MaxRetries, MaxToolRounds and HistoryMessages must be >= 0; HistoryCharacters and HistoryIdleMinutes > 0")
            .Validate(o => o.TotalTimeoutSeconds > o.AttemptTimeoutSeconds && o.AttemptTimeoutSeconds > 0,
                "Assistant:TotalTimeoutSeconds must exceed Assistant:AttemptTimeoutSeconds (> 0)")
            .ValidateOnStart();

        // The connector keeps its HttpClient for the process's life, so connections are recycled by the
        // handler (DNS changes are picked up); timeouts come from the resilience handler, not HttpClient.
        services.AddHttpClient(ChatCompletionFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) =>
            {
                var o = sp.GetRequiredService<IOptions<AssistantOptions>>().Value;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(o.AttemptTimeoutSeconds);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(o.TotalTimeoutSeconds);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * o.AttemptTimeoutSeconds));
                resilience.Retry.MaxRetryAttempts = o.MaxRetries;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(300);
                resilience.Retry.MaxDelay = TimeSpan.FromSeconds(3);
            });

        if (configuration.GetSection(AssistantOptions.SectionName).Get<AssistantOptions>() is { IsLlmConfigured: true })
        {
            services.AddSingleton(sp => ChatCompletionFactory.Create(
                sp.GetRequiredService<IOptions<AssistantOptions>>().Value,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(ChatCompletionFactory.HttpClientName),
                sp.GetRequiredService<ILoggerFactory>()));
        }

        services.AddSingleton<AssistantKernelFactory>(sp => new AssistantKernelFactory(
            sp.GetRequiredService<Knowledge.IRegulationSearch>(), sp.GetRequiredService<Ledger.IShopReader>(),
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<IOptions<AssistantOptions>>(),
            sp.GetService<IChatCompletionService>()));
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<ConversationMemory>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LlmAnswerer>();
        services.AddSingleton<IAssistant, SemanticKernelAssistant>();
        return services;
    }
}
