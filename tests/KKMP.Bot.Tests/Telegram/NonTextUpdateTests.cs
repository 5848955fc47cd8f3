using KKMP.Bot.Channels.Telegram;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>Photos, stickers, edits, joins: a short hint or silence, never an exception or a lost next message.</summary>
public class NonTextUpdateTests
{
    private const long Member = 3003, Group = -100888;

    [Fact]
    public async Task A_photo_gets_a_short_hint_and_the_next_message_still_works()
    {
        await using var bot = await TelegramHarness.StartAsync();

        var hint = (await bot.SendAsync(bot.Updates.Photo(Member))).Single().Text;
        var answer = await bot.SayAsync(Member, "harga beras?");

        Assert.Equal(TelegramHtml.Escape(UpdateHandler.TextOnlyHint), hint);
        Assert.Contains("Rp12.500/kg", answer);
    }

    [Fact]
    public async Task Stickers_and_joins_in_a_group_are_ignored()
    {
        await using var bot = await TelegramHarness.StartAsync();

        bot.Api.EnqueueUpdate(bot.Updates.Sticker(Group, Member, group: true));
        bot.Api.EnqueueUpdate(bot.Updates.MemberJoined(Group, Member));
        var answer = (await bot.SendAsync(bot.Updates.GroupText(Group, Member, "/harga beras"))).Single();

        Assert.Contains("Rp12.500/kg", answer.Text);
        Assert.Single(TelegramHarness.MessagesTo(bot.Api.Calls, Group));
    }

    [Fact]
    public async Task An_edited_message_is_not_processed_again_and_says_so()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);

        var hint = (await bot.SendAsync(bot.Updates.Edited(Member, "/jual beras 2 kg"))).Single().Text;

        Assert.Equal(TelegramHtml.Escape(UpdateHandler.EditedHint), hint);
    }

    [Fact]
    public async Task A_webhook_update_without_chat_or_a_button_press_without_from_is_answered_200_and_ignored()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);
        var noChat = bot.Updates.Text(Member, "/jual beras 2 kg");
        noChat["message"]!.AsObject().Remove("chat");
        var noFrom = new System.Text.Json.Nodes.JsonObject
        {
            ["update_id"] = 424_242,
            ["callback_query"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "cb-1", ["chat_instance"] = "1", ["data"] = "t:/harga" },
        };

        var statuses = new[] { await bot.PostWebhookAsync(noChat), await bot.PostWebhookAsync(noFrom) };
        var answer = await bot.SayAsync(Member, "harga beras?");

        Assert.All(statuses, status => Assert.Equal(System.Net.HttpStatusCode.OK, status));
        Assert.Contains("Rp12.500/kg", answer);
        Assert.Single(TelegramHarness.MessagesTo(bot.Api.Calls, Member)); // only the answer to the good update
        Assert.Empty(bot.Api.CallsOf("answerCallbackQuery"));
    }

    [Fact]
    public async Task A_polled_update_without_chat_is_skipped_and_the_next_one_handled()
    {
        await using var bot = await TelegramHarness.StartAsync();
        var noChat = bot.Updates.Text(Member, "/jual beras 2 kg");
        noChat["message"]!.AsObject().Remove("chat");

        bot.Api.EnqueueUpdate(noChat);
        var answer = await bot.SayAsync(Member, "harga beras?");

        Assert.Contains("Rp12.500/kg", answer);
        Assert.Single(TelegramHarness.MessagesTo(bot.Api.Calls, Member));
    }
}
