using Xunit.Abstractions;

namespace KKMP.Bot.Tests.Commands.ShopMessages;

/// <summary>
/// Shop messages as managers type them, judged by what lands in the ledger. The held-out set is
/// reported apart from the development set and was never used to tune the grammar.
/// </summary>
public class ShopMessageEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("shop-messages-dev.json", 150, 0.95)]
    [InlineData("shop-messages-holdout.json", 80, 0.95)]
    public async Task Everyday_shop_messages_meet_the_floor(string file, int minimumSize, double floor)
    {
        var messages = ShopMessage.Load(file);
        var score = await ShopMessageEvaluator.EvaluateAsync(messages);

        output.WriteLine($"{file}: {score}");
        foreach (var miss in score.Misses) output.WriteLine($"  miss ({file}): {miss}");
        Assert.True(messages.Count >= minimumSize, $"{file} has {messages.Count} messages");
        Assert.True(score.Accuracy >= floor, $"{file}: {score}\n{string.Join('\n', score.Misses)}");
    }
}
