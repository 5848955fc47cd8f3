using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>The checks every round's table of everyday messages makes, written once.</summary>
internal static class EverydayAssert
{
    /// <summary>The everyday words parse to the same command as the slash form (only <see cref="Command.FromWords"/> differs).</summary>
    public static void ParsesLike(string everyday, string slash)
    {
        var expected = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(slash)).Command;
        var read = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(everyday)).Command;

        Assert.Equal(expected, read with { FromWords = false });
    }

    /// <summary>Sent by a manager, who answers YA to a preview as they would, the message is recorded as <paramref name="recorded"/> says.</summary>
    public static async Task RecordsAsync(string text, string recorded)
    {
        using var harness = new RouterHarness();
        var sender = harness.As("telegram", "42", Role.Pengelola);

        var reply = await sender.SendAsync(text);
        if (reply.SuggestedReplies.Contains("YA")) reply = await sender.SendAsync("ya");

        Assert.StartsWith("Tercatat", reply.Text);
        Assert.Contains(recorded, reply.Text);
    }

    /// <summary>Nothing is written, even when the manager then sends YA; returns the first reply's text.</summary>
    public static async Task<string> WritesNothingEvenAfterYaAsync(string text)
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var answer = await manager.SendAsync(text);
        await manager.SendAsync("ya");

        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
        return answer.Text;
    }

    /// <summary>The message is asked back, and nothing is written even when the manager then sends YA.</summary>
    public static async Task AsksBackAndWritesNothingAsync(string text) =>
        Assert.Contains("belum ada yang dicatat", await WritesNothingEvenAfterYaAsync(text));
}
