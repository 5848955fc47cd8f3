using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>What the user's phone receives: escaped HTML, split long answers, quotes in groups.</summary>
public class ReplyFormattingTests
{
    private const long Officer = 4004, Member = 3003, Group = -100777, Manager = 2002;

    [Fact]
    public async Task A_long_regulation_answer_is_split_at_paragraphs_under_4096_characters_with_nothing_lost()
    {
        var answer = FixedAssistant.LongRegulationAnswer(40);
        await using var bot = await TelegramHarness.StartAsync(services: s => s.AddSingleton<IAssistant>(new FixedAssistant(answer)));

        var firstPart = await bot.SendAsync(bot.Updates.Text(Officer, "kapan RAT harus diadakan?"));
        var parts = await bot.Api.WaitForAsync(c => TelegramHarness.MessagesTo(c, Officer).Any(m => m.Text!.Contains("[40]")), what: "the last paragraph");
        var messages = TelegramHarness.MessagesTo(parts, Officer).Select(m => m.Text!).ToList();

        Assert.True(answer.Length > TelegramHtml.MaxMessageLength);
        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, TelegramHtml.MaxMessageLength));
        Assert.All(messages, m => Assert.StartsWith("[", m)); // each part starts at a paragraph
        var numbers = string.Join("\n\n", messages).Split("\n\n").Select(p => p[1..p.IndexOf(']')]).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => i.ToString()), numbers);
        Assert.Contains("&amp; perhitungan", messages[0]);
        Assert.Contains("&lt;sesuai AD/ART&gt;", messages[0]);
        // The first part is sent first; the later parts may already have followed it (sends are pipelined).
        Assert.StartsWith("[1]", firstPart[0].Text);
    }

    [Fact]
    public async Task Html_special_characters_in_what_the_user_typed_are_escaped()
    {
        await using var bot = await TelegramHarness.StartAsync();

        var answer = await bot.SayAsync(Member, "/harga <b>gula&aren</b>");

        Assert.Contains("&lt;b&gt;gula&amp;aren&lt;/b&gt;", answer);
        Assert.DoesNotContain("<b>", answer);
    }

    [Fact]
    public async Task In_a_group_the_reply_quotes_the_users_command_and_commands_for_other_bots_are_ignored()
    {
        await using var bot = await TelegramHarness.StartAsync();
        await bot.MakeManagerAsync(Manager);

        var otherBot = bot.Updates.GroupText(Group, Manager, "/jual@BotLain beras 5 kg");
        bot.Api.EnqueueUpdate(otherBot);
        var command = bot.Updates.GroupText(Group, Manager, $"/jual@{Fakes.TelegramBotApi.FakeBotApiServer.BotUsername} beras 2 kg");
        var reply = (await bot.SendAsync(command)).Single();
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Contains("Tercatat: jual beras 2 kg", reply.Text);
        Assert.Equal(command["message"]!["message_id"]!.GetValue<int>(), reply.Parameters["reply_parameters"]!["message_id"]!.GetValue<int>());
        Assert.Matches(@"Beras\D*98 kg", stock);
        Assert.Single(TelegramHarness.MessagesTo(bot.Api.Calls, Group));
    }

    [Fact]
    public async Task In_a_group_chatter_is_ignored_but_a_mention_is_answered()
    {
        await using var bot = await TelegramHarness.StartAsync();

        bot.Api.EnqueueUpdate(bot.Updates.GroupText(Group, Member, "besok kumpul jam berapa?"));
        var answer = (await bot.SendAsync(bot.Updates.GroupText(Group, Member, $"@{Fakes.TelegramBotApi.FakeBotApiServer.BotUsername} harga minyak berapa?"))).Single();

        Assert.Contains("Rp15.700/liter", answer.Text);
        Assert.Single(TelegramHarness.MessagesTo(bot.Api.Calls, Group));
    }

    [Fact]
    public async Task Typing_is_shown_while_a_slow_answer_is_being_prepared()
    {
        await using var bot = await TelegramHarness.StartAsync(
            extra: new Dictionary<string, string?> { ["Telegram:TypingDelayMilliseconds"] = "0" },
            services: s => s.AddSingleton<IAssistant>(new FixedAssistant("Jawaban.", TimeSpan.FromMilliseconds(500))));

        await bot.SayAsync(Officer, "apa itu SHU?");

        var calls = bot.Api.Calls.Where(c => c.ChatId == Officer).ToList();
        var typing = calls.FindIndex(c => c.Method == "sendChatAction");
        Assert.True(typing >= 0, "no sendChatAction");
        Assert.Equal("typing", calls[typing].Parameters["action"]!.GetValue<string>());
        Assert.True(typing < calls.FindIndex(c => c.Method == "sendMessage"));
    }
}
