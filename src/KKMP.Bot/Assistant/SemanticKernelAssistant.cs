using KKMP.Bot.Assistant.Plugins;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Unanswered;
using KKMP.Bot.Relay;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant;

/// <summary>
/// Answers free text through Semantic Kernel plugins: offline (extractive, the default) or with an
/// OpenAI-compatible model when one is configured. Whatever the model does, the user gets an answer
/// grounded in the knowledge base or the shop, never an exception.
/// </summary>
public sealed class SemanticKernelAssistant(
    AssistantKernelFactory kernels,
    ConversationMemory memory,
    LlmAnswerer llm,
    RegulationAnswerFormatter formatter,
    IOptions<AssistantOptions> options,
    IUnansweredQuestionLog unanswered,
    RelayDrafts relayDrafts,
    TimeProvider time) : IAssistant
{
    /// <summary>An answer below this confidence is given but also logged for the board to check.</summary>
    public const double LowConfidence = 0.6;

    public async Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default)
    {
        var history = await memory.LoadAsync(request.ConversationKey, cancellationToken);
        var evidence = new TurnEvidence();
        var kernel = kernels.Create(request.Asker, evidence);
        var question = Question.Classify(request.Text, history.LastOrDefault(t => t.Role == Turn.User)?.Text);

        string answer;
        var hedged = false;
        if (question.IsShop)
        {
            Task<string> Offline() => OfflineAnswerer.AnswerShopAsync(kernel, question, cancellationToken);
            answer = await AnswerWithModelAsync(question, history, kernel, evidence, Offline, cancellationToken)
                ?? await Offline();
        }
        else
        {
            var search = await OfflineAnswerer.SearchAsync(kernel, question.Text, history, cancellationToken);
            if (!search.Found || search.Confidence < LowConfidence)
                unanswered.Record(new(question.Text, time.GetUtcNow(), search.Confidence, request.Asker.KoperasiId));
            Task<string> Offline() => Task.FromResult(OfflineAnswerer.AnswerRegulation(formatter, search));
            // A half-sure search goes to the model too, its passages marked uncertain; without a model, or when the
            // model's answer is not grounded in them, the hedged quotation ("mungkin yang dimaksud") is sent.
            hedged = !search.Found && search.Source.IsTentative;
            answer = search.Found || hedged
                ? await AnswerWithModelAsync(question, history, kernel, evidence, Offline, cancellationToken, uncertain: hedged) ?? await Offline()
                : formatter.NotFound();
        }

        // A hedged answer ("mungkin yang dimaksud") is not sure either: a person may still be the better answer.
        var notFound = !question.IsShop && (hedged || answer.StartsWith(RegulationAnswerFormatter.NotFoundOpening, StringComparison.Ordinal));
        var hasBoard = request.Asker.KoperasiId is not null;
        // The "Teruskan ke pengurus" button relays this question: remember it for this conversation.
        if (notFound && hasBoard) await relayDrafts.RememberAsync(request.ConversationKey, request.Text, cancellationToken);

        await memory.AppendAsync(request.ConversationKey, history, request.Text, answer, cancellationToken);
        return Reply.Of(answer, Suggestions(question, notFound, hasBoard));
    }

    /// <summary>Examples only where they help: after "not found" (first, the way to a person) and after shop answers.</summary>
    private static string[] Suggestions(Question question, bool notFound, bool hasBoard) =>
        question.IsShop ? AssistantTexts.PriceSuggestions
        : notFound
            ? hasBoard ? [BoardExamples.Forward, .. AssistantTexts.RegulationSuggestions] : AssistantTexts.RegulationSuggestions
        : [];

    /// <summary>The model's checked answer; null when offline, or when the offline answer must be used (a failure adds a note after it).</summary>
    private async Task<string?> AnswerWithModelAsync(Question question, IReadOnlyList<Turn> history,
        Kernel kernel, TurnEvidence evidence, Func<Task<string>> offline, CancellationToken cancellationToken, bool uncertain = false)
    {
        if (!options.Value.IsLlmConfigured) return null;
        var outcome = await llm.AnswerAsync(kernel, evidence, question, history, cancellationToken, uncertain);
        if (outcome.Text is not null) return outcome.Text;
        if (!outcome.Failed) return null;
        return $"{await offline()}\n\n{AssistantTexts.ModelUnavailableNote}";
    }
}
