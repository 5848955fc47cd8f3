using System.Text.RegularExpressions;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>The relay's notices pushed through the real Telegram.Bot client to users who did not just write.</summary>
public class RelayDeliveryTests
{
    private const long Pengurus = 4004, Member = 3003;

    [Fact]
    public async Task A_relayed_question_reaches_the_pengurus_escaped_and_the_answer_reaches_the_member_unprompted()
    {
        await using var bot = await TelegramHarness.StartAsync();
        var invite = Regex.Match(await bot.SayAsync(TelegramHarness.AdminId, "/undang pengurus"), @"/gabung ([A-Z0-9]{6,})");
        Assert.Contains("pengurus", await bot.SayAsync(Pengurus, $"/gabung {invite.Groups[1].Value}"));

        var notFound = (await bot.SendAsync(bot.Updates.Text(Member, "gerai <b>buka</b> jam berapa besok?"))).Single();
        var button = notFound.Parameters["reply_markup"]!["inline_keyboard"]!.AsArray().Select(row => row![0]!)
            .Single(b => b["text"]!.GetValue<string>() == BoardExamples.Forward);
        var pressed = bot.Updates.ButtonPress(Member, Member, button["callback_data"]!.GetValue<string>(), botMessageId: 1001);
        Assert.Contains("sudah diteruskan", (await bot.SendAsync(pressed)).Single().Text);

        var toBoard = (await bot.Api.WaitForAsync(calls => TelegramHarness.MessagesTo(calls, Pengurus).Any(c => c.Text!.Contains("Pertanyaan #")),
            what: "the relayed question to the pengurus"))
            .Where(c => c is { Method: "sendMessage" } && c.ChatId == Pengurus).Last();
        Assert.Contains("gerai &lt;b&gt;buka&lt;/b&gt; jam berapa besok?", toBoard.Text);
        Assert.DoesNotContain(Member.ToString(System.Globalization.CultureInfo.InvariantCulture), toBoard.Text);
        Assert.DoesNotContain("Sari", toBoard.Text); // the member's display name
        var number = Regex.Match(toBoard.Text!, @"Pertanyaan #(\d+)").Groups[1].Value;

        Assert.Contains("dikirim ke penanya", await bot.SayAsync(Pengurus, $"/jawab {number} Buka jam 7 pagi."));
        var toMember = (await bot.Api.WaitForAsync(calls => TelegramHarness.MessagesTo(calls, Member).Any(c => c.Text!.Contains("Jawaban pengurus")),
            what: "the answer to the member")).Last(c => c is { Method: "sendMessage" } && c.ChatId == Member);
        Assert.Contains("Buka jam 7 pagi.", toMember.Text);
        Assert.Contains("&lt;b&gt;buka&lt;/b&gt;", toMember.Text);
    }
}
