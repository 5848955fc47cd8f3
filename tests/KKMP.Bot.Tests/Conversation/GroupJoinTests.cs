using System.Text.RegularExpressions;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>/undang grup and /gabung KODE in a group chat: who may link a group to which cooperative.</summary>
public class GroupJoinTests
{
    private const string Group = "-100777";
    private const string NewCooperative = "/koperasi tambah kop-b \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB";

    private static string CodeIn(Reply reply) => Regex.Match(reply.Text, "/gabung ([A-Z0-9]{8})").Groups[1].Value;

    private static async Task<RouterHarness> WithSecondCooperativeAsync()
    {
        var harness = new RouterHarness(new Dictionary<string, string?> { ["Bot:AdminUserIds:0"] = "telegram:999" });
        await harness.Stranger("telegram", "999").SendAsync(NewCooperative);
        return harness;
    }

    private static string? LinkOf(RouterHarness harness) => harness.Get<UserDirectory>().GroupLink("telegram", Group)?.KoperasiId;

    [Fact]
    public void Undang_grup_parses_as_a_group_invite()
    {
        Assert.IsType<GroupInvite>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse("/undang grup")).Command);
        Assert.IsType<GroupInvite>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse("/Undang@KKMPBot Group")).Command);
        Assert.Contains("grup", Assert.IsType<ParseResult.Invalid>(CommandParser.Parse("/undang")).Message);
    }

    [Fact]
    public async Task A_pengurus_links_a_group_with_a_group_code_and_the_code_is_spent()
    {
        using var harness = await WithSecondCooperativeAsync();
        var board = harness.As("telegram", "b1", Role.Pengurus, "kop-b");
        await board.SendAsync("/barang tambah \"Kopi Bubuk\" bungkus");
        await board.SendAsync("/setharga kopi 5.000");

        var minted = await board.SendAsync("/undang grup");
        var linked = await board.InGroup(Group).SendAsync($"/gabung {CodeIn(minted)}");
        var prices = await harness.Stranger("telegram", "someone").InGroup(Group).SendAsync("/harga");
        var again = await harness.As("telegram", "b2", Role.Pengurus, "kop-b").InGroup("-100888").SendAsync($"/gabung {CodeIn(minted)}");

        Assert.Contains("Kode penghubung grup untuk KKMP Sukamaju", minted.Text);
        Assert.Contains("Grup ini sekarang terhubung ke KKMP Sukamaju", linked.Text);
        Assert.Equal("kop-b", LinkOf(harness));
        Assert.Equal(Role.Pengurus, harness.Get<UserDirectory>().Get("telegram", "b1")!.Role); // linking did not touch the pengurus' own role
        Assert.Contains("Kopi Bubuk: Rp5.000/bungkus", prices.Text);
        Assert.Contains("sudah dipakai", again.Text);
        Assert.Null(harness.Get<UserDirectory>().GroupLink("telegram", "-100888"));
    }

    [Fact]
    public async Task A_member_cannot_use_a_group_code_and_the_code_stays_valid_for_the_board()
    {
        using var harness = await WithSecondCooperativeAsync();
        var code = CodeIn(await harness.As("telegram", "b1", Role.Pengurus, "kop-b").SendAsync("/undang grup"));

        var byMember = await harness.As("telegram", "m1", Role.Anggota, "kop-b").InGroup(Group).SendAsync($"/gabung {code}");
        var byOtherCashier = await harness.As("telegram", "k1", Role.Pengelola, "kop-b").InGroup(Group).SendAsync($"/gabung {code}");
        Assert.Null(LinkOf(harness));
        var byBoard = await harness.Stranger("telegram", "b1").InGroup(Group).SendAsync($"/gabung {code}");

        Assert.Contains("Hanya pengurus KKMP Sukamaju", byMember.Text);
        Assert.Contains("Kode tidak dipakai", byOtherCashier.Text);
        Assert.Contains("sekarang terhubung ke KKMP Sukamaju", byBoard.Text);
        Assert.Equal("kop-b", LinkOf(harness));
    }

    [Fact]
    public async Task A_linked_group_moves_only_with_the_consent_of_the_board_that_holds_it()
    {
        using var harness = await WithSecondCooperativeAsync();
        var demoBoard = harness.As("telegram", "d1", Role.Pengurus);
        var boardB = harness.As("telegram", "b1", Role.Pengurus, "kop-b");
        await demoBoard.InGroup(Group).SendAsync("/gabung " + CodeIn(await demoBoard.SendAsync("/undang grup")));
        var codeB = CodeIn(await boardB.SendAsync("/undang grup"));

        var hijack = await boardB.InGroup(Group).SendAsync($"/gabung {codeB}");
        Assert.Equal(DemoSeed.KoperasiId, LinkOf(harness));
        var handover = await demoBoard.InGroup(Group).SendAsync($"/gabung {codeB}");

        Assert.Contains("hanya pengurus Koperasi Demo Merah Putih (DEMO) yang bisa memindahkannya", hijack.Text);
        Assert.Contains("sekarang terhubung ke KKMP Sukamaju (sebelumnya Koperasi Demo Merah Putih (DEMO))", handover.Text);
        Assert.Equal("kop-b", LinkOf(harness));
    }

    [Fact]
    public async Task A_personal_code_in_a_group_joins_the_sender_but_never_moves_a_linked_group()
    {
        using var harness = await WithSecondCooperativeAsync();
        var demoBoard = harness.As("telegram", "d1", Role.Pengurus);
        await demoBoard.InGroup(Group).SendAsync("/gabung " + CodeIn(await demoBoard.SendAsync("/undang grup")));
        var personal = CodeIn(await harness.As("telegram", "b1", Role.Pengurus, "kop-b").SendAsync("/undang pengurus"));

        var joined = await harness.Stranger("telegram", "newcomer").InGroup(Group).SendAsync($"/gabung {personal}");

        Assert.Contains("Selamat bergabung di KKMP Sukamaju sebagai pengurus", joined.Text);
        Assert.Contains("Grup ini tetap terhubung ke Koperasi Demo Merah Putih (DEMO)", joined.Text);
        Assert.Equal(DemoSeed.KoperasiId, LinkOf(harness));
        Assert.Equal("kop-b", harness.Get<UserDirectory>().Get("telegram", "newcomer")!.KoperasiId);
    }

    [Fact]
    public async Task A_first_pengurus_joining_in_an_unlinked_group_links_it_in_the_same_step()
    {
        using var harness = new RouterHarness(new Dictionary<string, string?> { ["Bot:AdminUserIds:0"] = "telegram:999" });
        var created = await harness.Stranger("telegram", "999").SendAsync(NewCooperative);

        var joined = await harness.Stranger("telegram", "ketua").InGroup(Group).SendAsync($"/gabung {CodeIn(created)}");

        Assert.Contains("sebagai pengurus", joined.Text);
        Assert.Contains("Grup ini sekarang terhubung ke KKMP Sukamaju", joined.Text);
        Assert.Equal("kop-b", LinkOf(harness));
    }

    [Fact]
    public async Task A_member_joining_in_an_unlinked_group_does_not_link_it()
    {
        using var harness = new RouterHarness();
        var code = CodeIn(await harness.As("telegram", "d1", Role.Pengurus).SendAsync("/undang anggota"));

        var joined = await harness.Stranger("telegram", "warga").InGroup(Group).SendAsync($"/gabung {code}");

        Assert.Contains("sebagai anggota", joined.Text);
        Assert.Contains("belum terhubung", joined.Text);
        Assert.Null(LinkOf(harness));
    }

    [Fact]
    public async Task A_board_member_does_not_spend_someone_elses_invitation_in_a_group()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "d1", Role.Pengurus);
        var code = CodeIn(await board.SendAsync("/undang pengelola"));

        var refused = await board.InGroup(Group).SendAsync($"/gabung {code}");
        var intended = await harness.Stranger("telegram", "kasir").SendAsync($"/gabung {code}");

        Assert.Contains("undangan pribadi (pengelola) untuk orang lain", refused.Text);
        Assert.Contains("/undang grup", refused.Text);
        Assert.Null(LinkOf(harness));
        Assert.Equal(Role.Pengurus, harness.Get<UserDirectory>().Get("telegram", "d1")!.Role);
        Assert.Contains("sebagai pengelola", intended.Text);
    }

    [Fact]
    public async Task A_group_code_in_a_private_chat_is_refused_and_kept()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "d1", Role.Pengurus);
        var code = CodeIn(await board.SendAsync("/undang grup"));

        var privately = await harness.Stranger("telegram", "warga").SendAsync($"/gabung {code}");
        var cashier = await harness.As("telegram", "k1", Role.Pengelola).SendAsync("/undang grup");
        var inGroup = await board.InGroup(Group).SendAsync($"/gabung {code}");

        Assert.Contains("untuk menghubungkan grup Telegram", privately.Text);
        Assert.Null(harness.Get<UserDirectory>().Get("telegram", "warga"));
        Assert.Contains("hanya untuk pengurus, admin", cashier.Text);
        Assert.Contains("sekarang terhubung", inGroup.Text);
    }

    [Fact]
    public async Task Mulai_still_links_an_unlinked_group_for_the_board()
    {
        using var harness = new RouterHarness();

        var greeting = await harness.As("telegram", "d1", Role.Pengurus).InGroup(Group).SendAsync("/mulai");

        Assert.Contains("Grup ini sekarang terhubung ke Koperasi Demo Merah Putih (DEMO)", greeting.Text);
        Assert.Equal(DemoSeed.KoperasiId, LinkOf(harness));
    }
}
