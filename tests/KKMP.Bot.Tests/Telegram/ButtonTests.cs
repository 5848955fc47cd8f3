using System.Text;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>Suggested replies become inline buttons; a press is handled as the text it stands for.</summary>
public class ButtonTests
{
    private const long Manager = 2002, Member = 3003;

    [Fact]
    public async Task Pressing_the_suggested_correction_records_the_sale()
    {
        await using var bot = await TelegramHarness.StartAsync();
        await bot.MakeManagerAsync(Manager);

        var question = (await bot.SendAsync(bot.Updates.Text(Manager, "/jual brass 2 kg"))).Single();
        var button = question.Parameters["reply_markup"]!["inline_keyboard"]![0]![0]!;
        var press = bot.Updates.ButtonPress(Manager, Manager, button["callback_data"]!.GetValue<string>(), botMessageId: 1001);
        var recorded = (await bot.SendAsync(press)).Single();
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Contains("beras", button["text"]!.GetValue<string>());
        Assert.Contains("Tercatat: jual beras 2 kg", recorded.Text);
        Assert.Matches(@"Beras\D*98 kg", stock);
        var answered = bot.Api.CallsOf("answerCallbackQuery").Single();
        Assert.Equal(press["callback_query"]!["id"]!.GetValue<string>(), answered.Parameters["callback_query_id"]!.GetValue<string>());
        Assert.Single(bot.Api.CallsOf("editMessageReplyMarkup")); // the buttons are gone: no second sale by a second tap
    }

    [Fact]
    public async Task The_same_button_press_delivered_twice_records_one_sale()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);
        await bot.MakeManagerAsync(Manager);
        var question = (await bot.SendAsync(bot.Updates.Text(Manager, "/jual brass 2 kg"))).Single();
        var data = question.Parameters["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>();
        var press = bot.Updates.ButtonPress(Manager, Manager, data, botMessageId: 1001);
        var again = press.DeepClone().AsObject();
        again["update_id"] = press["update_id"]!.GetValue<int>() + 500;

        await bot.SendAsync(press);
        await bot.SendAsync(again);
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Matches(@"Beras\D*98 kg", stock);
    }

    [Fact]
    public async Task A_member_pressing_a_suggested_item_gets_its_price()
    {
        await using var bot = await TelegramHarness.StartAsync();

        var question = (await bot.SendAsync(bot.Updates.Text(Member, "/harga brass"))).Single();
        var button = question.Parameters["reply_markup"]!["inline_keyboard"]![0]![0]!;
        var price = (await bot.SendAsync(bot.Updates.ButtonPress(Member, Member, button["callback_data"]!.GetValue<string>(), 1001))).Single();

        Assert.Equal("/harga beras", button["text"]!.GetValue<string>());
        Assert.Contains("Rp12.500/kg", price.Text);
    }

    [Fact]
    public async Task An_unknown_button_is_answered_without_routing_anything()
    {
        await using var bot = await TelegramHarness.StartAsync();

        bot.Api.EnqueueUpdate(bot.Updates.ButtonPress(Member, Member, "k:DOESNOTEXIST", 1001));
        var answered = (await bot.Api.WaitForCallsAsync("answerCallbackQuery")).Single();
        await bot.SayAsync(Member, "/harga");

        Assert.Equal(UpdateHandler.ExpiredButton, answered.Parameters["text"]!.GetValue<string>());
        Assert.Single(TelegramHarness.MessagesTo(bot.Api.Calls, Member));
    }

    [Fact]
    public async Task Button_data_stays_within_64_bytes_and_long_texts_come_back_through_the_cache()
    {
        var cache = new Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache(
            Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions()));
        var buttons = new SuggestedReplyButtons(cache);
        var longText = "/jual minyak goreng kemasan premium dua liter 3 dus @ Rp185.000 per dus";

        var keyboard = (await buttons.KeyboardAsync(["/harga", longText], CancellationToken.None))!;
        var data = keyboard.InlineKeyboard.SelectMany(r => r).Select(b => b.CallbackData!).ToList();

        Assert.All(data, d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, 64));
        Assert.Equal("/harga", await buttons.TextOfAsync(data[0], CancellationToken.None));
        Assert.Equal(longText, await buttons.TextOfAsync(data[1], CancellationToken.None));
        Assert.Null(await buttons.TextOfAsync("zz:something", CancellationToken.None));
    }
}
