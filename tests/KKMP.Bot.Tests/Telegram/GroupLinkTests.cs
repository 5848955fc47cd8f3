using KKMP.Bot.Tests.Fakes.TelegramBotApi;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>A Telegram group takes the cooperative of the pengurus who links it; members there see that cooperative.</summary>
public class GroupLinkTests
{
    private const long Pengurus = 6006, Member = 3003, Group = -100555;

    [Fact]
    public async Task A_group_linked_by_a_pengurus_answers_with_its_cooperatives_prices()
    {
        await using var bot = await TelegramHarness.StartAsync();
        var created = await bot.SayAsync(TelegramHarness.AdminId, "/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB");
        var code = System.Text.RegularExpressions.Regex.Match(created, @"/gabung ([A-Z0-9]{6,})").Groups[1].Value;
        await bot.SayAsync(Pengurus, $"/gabung {code}");

        var linked = (await bot.SendAsync(bot.Updates.GroupText(Group, Pengurus, $"/mulai@{FakeBotApiServer.BotUsername}", "Bu Ketua"))).Single();
        var inGroup = (await bot.SendAsync(bot.Updates.GroupText(Group, Member, "/harga"))).Single();
        var inPrivate = await bot.SayAsync(Member, "/harga");

        Assert.Contains("KKMP Sukamaju", linked.Text);
        Assert.Contains("KKMP Sukamaju", inGroup.Text);
        Assert.DoesNotContain("Rp12.500", inGroup.Text); // the new cooperative has no prices yet
        Assert.Contains("Rp12.500", inPrivate);           // privately the member still belongs to the default cooperative
    }
}
