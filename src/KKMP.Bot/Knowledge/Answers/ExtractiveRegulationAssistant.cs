using KKMP.Bot.Conversation;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// The offline assistant: answers any non-command text with the best regulation passage, formatted
/// by <see cref="RegulationAnswerFormatter"/>. Registered only if no other <see cref="IAssistant"/> is.
/// </summary>
public sealed class ExtractiveRegulationAssistant(IRegulationSearch search, RegulationAnswerFormatter formatter) : IAssistant
{
    private static readonly string[] Examples = ["Koperasi primer minimal berapa orang?", "RAT boleh daring?", "SHU dibagi bagaimana?"];

    public Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default)
    {
        var result = search.Search(request.Text);
        var text = formatter.Format(request.Text, result);
        var reply = result.IsConfident ? new Reply(text) : Reply.Of(text, Examples);
        return Task.FromResult(reply);
    }
}
