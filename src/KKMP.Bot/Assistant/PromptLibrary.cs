using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant;

/// <summary>
/// Prompt files from prompts/ (shipped beside the binary), rendered with Semantic Kernel's template
/// syntax ({{$question}}). A deployment overrides any file by putting one with the same name in
/// <see cref="AssistantOptions.PromptsPath"/>; the rest fall back to the shipped ones.
/// </summary>
public sealed class PromptLibrary(IOptions<AssistantOptions> options)
{
    public const string System = "system.txt";
    public const string Answer = "answer.txt";

    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "prompts");

    private readonly KernelPromptTemplateFactory _factory = new() { AllowDangerouslySetContent = true };
    private readonly ConcurrentDictionary<string, IPromptTemplate> _templates = new();

    public Task<string> RenderAsync(string name, Kernel kernel, KernelArguments arguments, CancellationToken cancellationToken = default) =>
        _templates.GetOrAdd(name, Load).RenderAsync(kernel, arguments, cancellationToken);

    /// <summary>The file a prompt is read from: the override if present, else the shipped one.</summary>
    public string PathOf(string name)
    {
        if (options.Value.PromptsPath is { Length: > 0 } overrides && File.Exists(Path.Combine(overrides, name)))
            return Path.Combine(overrides, name);
        return Path.Combine(ShippedFolder, name);
    }

    // The rendered text becomes one chat message's content and is never parsed as chat markup,
    // so values (passages, the user's text) are inserted as they are, not HTML-encoded.
    private IPromptTemplate Load(string name) =>
        _factory.Create(new PromptTemplateConfig(File.ReadAllText(PathOf(name))) { AllowDangerouslySetContent = true });
}
