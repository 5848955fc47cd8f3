using KKMP.Bot.Tests.Fakes.TelegramBotApi;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>A Telegram group takes the cooperative of the pengurus who links it; members there see that cooperative.</summary>
public class GroupLinkTests
{
    private const long Pengurus = 6006, Member = 3003, Stranger = 4004, Group = -100555;

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

    [Fact]
    public async Task A_pengurus_links_a_group_by_sending_a_group_code_there_and_a_member_cannot_relink_it()
    {
        await using var bot = await TelegramHarness.StartAsync();
        var created = await bot.SayAsync(TelegramHarness.AdminId, "/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB");
        await bot.SayAsync(Pengurus, $"/gabung {CodeIn(created)}");
        var groupCode = CodeIn(await bot.SayAsync(Pengurus, "/undang grup"));
        var memberCode = CodeIn(await bot.SayAsync(Pengurus, "/undang anggota"));
        await bot.SayAsync(Member, $"/gabung {memberCode}");

        var byMember = (await bot.SendAsync(bot.Updates.GroupText(Group, Member, $"/gabung@{FakeBotApiServer.BotUsername} {groupCode}"))).Single();
        var linked = (await bot.SendAsync(bot.Updates.GroupText(Group, Pengurus, $"/gabung@{FakeBotApiServer.BotUsername} {groupCode}", "Bu Ketua"))).Single();
        var inGroup = (await bot.SendAsync(bot.Updates.GroupText(Group, Stranger, "/harga"))).Single();

        Assert.Contains("Hanya pengurus KKMP Sukamaju", byMember.Text);
        Assert.Contains("Grup ini sekarang terhubung ke KKMP Sukamaju", linked.Text);
        Assert.Contains("KKMP Sukamaju", inGroup.Text);
        Assert.DoesNotContain("Rp12.500", inGroup.Text); // a stranger in the group sees the group's cooperative, not the demo default
    }

    private static string CodeIn(string text) => System.Text.RegularExpressions.Regex.Match(text, @"/gabung ([A-Z0-9]{8})").Groups[1].Value;
}
