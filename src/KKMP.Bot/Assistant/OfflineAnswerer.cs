using System.Text.RegularExpressions;
using KKMP.Bot.Assistant.Plugins;
using KKMP.Bot.Knowledge.Answers;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant;

/// <summary>
/// The offline path, also the fallback of the LLM path: calls the plugins directly through the
/// kernel (no model) and formats their results extractively (regulations with the knowledge
/// feature's <see cref="RegulationAnswerFormatter"/>, shop reads with <see cref="ShopAnswerFormatter"/>).
/// </summary>
public static partial class OfflineAnswerer
{
    [GeneratedRegex(@"[.,;!?\n]+")]
    private static partial Regex ClauseMarks();

    /// <summary>
    /// Searches the regulations; a follow-up too short to find anything on its own ("kalau koperasi
    /// sekunder?") is searched again together with the previous question, but a question about something
    /// else entirely ("resep rendang") is not glued to it.
    /// </summary>
    public static async Task<RegulationSearchResult> SearchAsync(Kernel kernel, string text, IReadOnlyList<Turn> history,
        CancellationToken cancellationToken)
    {
        var result = await InvokeAsync<RegulationSearchResult>(kernel, RegulationsPlugin.Name, "search", cancellationToken, ("query", text));
        if (result.Found || result.Source.OutOfScope || history.LastOrDefault(t => t.Role == Turn.User) is not { } previous)
            return result;
        // One question, not a question and an aside: "syarat pendiri? resep rendang" must not read "resep rendang" as a story.
        var combined = await InvokeAsync<RegulationSearchResult>(kernel, RegulationsPlugin.Name, "search", cancellationToken,
            ("query", $"{ClauseMarks().Replace(previous.Text, " ")} {text}"));
        // A follow-up that is not confident either keeps its own hedged answer.
        return combined.Found || !result.Source.IsTentative ? combined : result;
    }

    /// <summary>The quoted passage(s), or the honest "not in my knowledge base" when retrieval was not confident.</summary>
    public static string AnswerRegulation(RegulationAnswerFormatter formatter, RegulationSearchResult result) =>
        formatter.Format(result.Query, result.Source);

    public static async Task<string> AnswerShopAsync(Kernel kernel, Question question, CancellationToken cancellationToken) => question.Kind switch
    {
        QuestionKind.Price => ShopAnswerFormatter.Format(
            await InvokeAsync<PriceResult>(kernel, PricesPlugin.Name, "get_price", cancellationToken, ("item", question.Item))),
        QuestionKind.PriceList => ShopAnswerFormatter.Format(
            await InvokeAsync<PriceListResult>(kernel, PricesPlugin.Name, "list_prices", cancellationToken)),
        // The stock plugin is only in the kernel for roles allowed to read stock.
        QuestionKind.Stock => kernel.Plugins.Contains(StockPlugin.Name)
            ? ShopAnswerFormatter.Format(await InvokeAsync<StockResult>(kernel, StockPlugin.Name, "read_stock", cancellationToken))
            : AssistantTexts.StockNotAllowed,
        QuestionKind.Cooperative => ShopAnswerFormatter.Format(
            await InvokeAsync<CooperativeResult>(kernel, CooperativePlugin.Name, "describe", cancellationToken)),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Kind, "not a shop question"),
    };

    public static async Task<T> InvokeAsync<T>(Kernel kernel, string plugin, string function, CancellationToken cancellationToken,
        params (string Name, object? Value)[] arguments)
    {
        var args = new KernelArguments();
        foreach (var (name, value) in arguments) args[name] = value;
        var result = await kernel.InvokeAsync(plugin, function, args, cancellationToken);
        return result.GetValue<T>() ?? throw new InvalidOperationException($"{plugin}.{function} returned nothing");
    }
}
