using KKMP.Bot.Channels.Telegram;

namespace KKMP.Bot.Tests.Telegram;

public class GroupAddressingTests
{
    private const string Bot = "KopMerahPutihBot";

    [Theory]
    [InlineData("/jual@KopMerahPutihBot beras 2 kg", true, "/jual beras 2 kg")]
    [InlineData("/jual@kopmerahputihbot beras 2 kg", true, "/jual beras 2 kg")]
    [InlineData("/harga@KopMerahPutihBot", true, "/harga")]
    [InlineData("/harga beras", true, "/harga beras")]
    [InlineData("@KopMerahPutihBot harga beras?", true, "harga beras?")]
    [InlineData("@KopMerahPutihBot", true, "/bantuan")]
    [InlineData("harga beras?", false, "harga beras?")]
    [InlineData("/jual@KopMerahPutihBot beras 2 kg", false, "/jual beras 2 kg")]
    public void Text_for_this_bot_loses_the_bots_name(string text, bool isGroup, string expected) =>
        Assert.Equal(expected, GroupAddressing.TextForBot(text, Bot, isGroup, isReplyToBot: false));

    [Theory]
    [InlineData("/jual@BotLain beras 2 kg", true)]
    [InlineData("/jual@BotLain beras 2 kg", false)]
    [InlineData("besok rapat jam berapa?", true)]
    public void Text_for_others_is_not_ours(string text, bool isGroup) =>
        Assert.Null(GroupAddressing.TextForBot(text, Bot, isGroup, isReplyToBot: false));

    [Fact]
    public void A_reply_to_the_bot_in_a_group_is_ours() =>
        Assert.Equal("yang gula berapa?", GroupAddressing.TextForBot("yang gula berapa?", Bot, isGroup: true, isReplyToBot: true));
}
