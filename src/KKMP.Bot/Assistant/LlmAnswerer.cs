using System.Text;
using System.Text.RegularExpressions;
using KKMP.Bot.Assistant.Plugins;
using KKMP.Bot.Hosting.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KKMP.Bot.Assistant;

/// <param name="Text">The checked answer, or null when the offline answer must be sent instead.</param>
/// <param name="Failed">True when the endpoint failed (the offline answer then carries a short note).</param>
public sealed record LlmOutcome(string? Text, bool Failed)
{
    public static readonly LlmOutcome Failure = new(null, true);
    public static readonly LlmOutcome Rejected = new(null, false);
}

/// <summary>
/// Retrieval-augmented answer from the configured model: system prompt, recent turns, the
/// retrieved passages with their ids, and automatic calls of the (read-only) plugin functions.
/// Every failure becomes an outcome, never an exception; every answer is checked before use.
/// </summary>
public sealed partial class LlmAnswerer(PromptLibrary prompts, IOptions<AssistantOptions> options, TimeProvider time, ILogger<LlmAnswerer> logger)
{
    /// <param name="uncertain">The passages are the search's best guesses: the prompt says so, so the model can still say it does not know.</param>
    public async Task<LlmOutcome> AnswerAsync(Kernel kernel, TurnEvidence evidence, Question question,
        IReadOnlyList<Turn> history, CancellationToken cancellationToken, bool uncertain = false)
    {
        string text;
        try
        {
            // The deadline runs on the injected clock, so a hanging model can be tested without waiting for it.
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TotalTimeoutSeconds), time);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            var chat = await BuildChatAsync(kernel, evidence, question, history, uncertain, timeout.Token);
            text = (await CompleteAsync(kernel, chat, timeout.Token)).Trim();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.Expected(e, "Model endpoint failed; sending the offline answer");
            return LlmOutcome.Failure;
        }

        if (text.Length == 0)
        {
            logger.LogWarning("Model returned an empty answer; sending the offline answer");
            return LlmOutcome.Failure;
        }
        if (question.IsShop && !ShopGroundingCheck.CalledShopFunction(evidence))
        {
            logger.LogWarning("Model answered a shop question without calling a shop function; sending the offline answer");
            return LlmOutcome.Failure;
        }

        var verdict = question.IsShop ? ShopGroundingCheck.Check(text, evidence) : GroundingCheck.Check(text, evidence.Passages);
        if (!verdict.IsGrounded)
        {
            logger.LogWarning("Model answer rejected: {Reason} {Unsupported}; sending the extractive answer instead. Answer was: {Answer}",
                verdict.Reason, string.Join(", ", verdict.Unsupported), text);
            return LlmOutcome.Rejected;
        }
        return new LlmOutcome(ExpandPassageIds(StripMarkdown(text), evidence.Passages), false);
    }

    /// <summary>Said above half-sure passages: they may not answer, and the model must then say it does not know.</summary>
    internal const string UncertainNote = "(Kutipan ini hasil pencarian yang belum tentu menjawab. Pakai hanya bila memang menjawab pertanyaan; bila tidak, katakan terus terang bahwa Anda tidak tahu.)";

    private async Task<ChatHistory> BuildChatAsync(Kernel kernel, TurnEvidence evidence, Question question,
        IReadOnlyList<Turn> history, bool uncertain, CancellationToken cancellationToken)
    {
        var cooperative = await OfflineAnswerer.InvokeAsync<CooperativeResult>(kernel, CooperativePlugin.Name, "describe", cancellationToken);
        var system = await prompts.RenderAsync(PromptLibrary.System, kernel, new KernelArguments
        {
            ["role"] = cooperative.Role,
            ["cooperative"] = cooperative.Name ?? "(belum terhubung)",
        }, cancellationToken);
        var chat = new ChatHistory(system);
        foreach (var turn in history)
        {
            if (turn.Role == Turn.User) chat.AddUserMessage(turn.Text);
            else chat.AddAssistantMessage(turn.Text);
        }
        chat.AddUserMessage(await prompts.RenderAsync(PromptLibrary.Answer, kernel, new KernelArguments
        {
            ["passages"] = uncertain && evidence.Passages.Count > 0 ? $"{UncertainNote}\n{RenderPassages(evidence.Passages)}" : RenderPassages(evidence.Passages),
            ["question"] = question.Text,
        }, cancellationToken));
        return chat;
    }

    private async Task<string> CompleteAsync(Kernel kernel, ChatHistory chat, CancellationToken cancellationToken)
    {
        var service = kernel.GetRequiredService<IChatCompletionService>();
        var settings = new OpenAIPromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
            Temperature = 0.1,
            MaxTokens = 600,
        };
        if (!options.Value.Stream)
            return (await service.GetChatMessageContentAsync(chat, settings, kernel, cancellationToken)).Content ?? "";

        var text = new StringBuilder();
        await foreach (var chunk in service.GetStreamingChatMessageContentsAsync(chat, settings, kernel, cancellationToken))
            text.Append(chunk.Content);
        return text.ToString();
    }

    internal static string RenderPassages(IReadOnlyList<PassageView> passages)
    {
        if (passages.Count == 0)
            return "(tidak ada; untuk harga, stok, atau data koperasi gunakan fungsi yang tersedia)";
        var text = new StringBuilder();
        foreach (var p in passages)
        {
            text.Append($"[{p.Id}] {p.Citation}");
            if (p.IsSummary) text.Append(" (ringkasan, bukan bunyi pasal)");
            if (!string.IsNullOrWhiteSpace(p.AmendmentNote)) text.Append($" ({p.AmendmentNote})");
            text.Append($"\n{p.Text}\n");
            if (!string.IsNullOrWhiteSpace(p.Explanation)) text.Append($"Penjelasan: {p.Explanation}\n");
            text.Append('\n');
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Replaces "[P1]" with the citation itself unless the model already wrote it out, so the user sees real references.</summary>
    internal static string ExpandPassageIds(string text, IReadOnlyList<PassageView> passages) =>
        PassageId().Replace(text, m => passages.FirstOrDefault(p => p.Id == m.Groups[1].Value) is { } p
            ? (text.Contains(p.Citation, StringComparison.OrdinalIgnoreCase) ? "" : $" ({p.Citation})")
            : m.Value).Replace(" .", ".").Replace("  ", " ");

    /// <summary>Reply text is plain (adapters escape it), so a model's markdown emphasis and headings would show as symbols.</summary>
    internal static string StripMarkdown(string text) => MarkdownHeading().Replace(text.Replace("**", "").Replace("__", ""), "");

    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\s?\[(P\d+)\]")]
    private static partial Regex PassageId();
}
