namespace KKMP.Bot.Assistant;

/// <summary>
/// Assistant settings. With no <see cref="Endpoint"/> and <see cref="Model"/> the assistant runs
/// offline (extractive answers, no network); with both it asks an OpenAI-compatible model.
/// </summary>
public sealed class AssistantOptions
{
    public const string SectionName = "Assistant";

    /// <summary>OpenAI-compatible base URL ending in /v1 (Ollama, llama.cpp, vLLM, OpenAI), or an Azure OpenAI resource URL.</summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// "OpenAI" (any OpenAI-compatible /v1 endpoint) or "AzureOpenAI" (a resource URL with deployments).
    /// Empty: AzureOpenAI for *.openai.azure.com / *.cognitiveservices.azure.com URLs without /openai/v1, else OpenAI.
    /// </summary>
    public string? Provider { get; set; }

    /// <summary>Model name (the deployment name for Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>API key where the endpoint needs one. Keep it in user secrets or the environment, never in the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Folder whose prompt files override the shipped ones in prompts/ (any file not there falls back).</summary>
    public string? PromptsPath { get; set; }

    /// <summary>Time one model request may take before it is retried.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 20;

    /// <summary>Upper bound for one answer in LLM mode, retries and tool calls included; then the offline answer is sent.</summary>
    public double TotalTimeoutSeconds { get; set; } = 45;

    /// <summary>Retries of a failed model request (timeout, 429, 5xx).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Tool-call rounds the model may make in one answer.</summary>
    public int MaxToolRounds { get; set; } = 3;

    /// <summary>Ask the endpoint for a streamed (SSE) reply; some local servers answer faster that way.</summary>
    public bool Stream { get; set; }

    /// <summary>Recent messages (user and assistant) kept per conversation.</summary>
    public int HistoryMessages { get; set; } = 6;

    /// <summary>Upper bound for the kept history, in characters (oldest messages go first).</summary>
    public int HistoryCharacters { get; set; } = 4000;

    /// <summary>A conversation's history is forgotten after this many idle minutes.</summary>
    public double HistoryIdleMinutes { get; set; } = 30;

    public bool IsLlmConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
