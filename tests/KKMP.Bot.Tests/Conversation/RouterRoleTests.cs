using System.Text.RegularExpressions;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

public class RouterRoleTests
{
    private const string NewCooperative = "/koperasi tambah kop-b \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WITA";

    [Theory]
    [InlineData(Role.Anggota, "/harga", true)]
    [InlineData(Role.Anggota, "/stok", false)]
    [InlineData(Role.Anggota, "/jual beras 1 kg", false)]
    [InlineData(Role.Pengawas, "/stok", true)]
    [InlineData(Role.Pengawas, "/rekap", true)]
    [InlineData(Role.Pengawas, "/jual beras 1 kg", false)]
    [InlineData(Role.Pengawas, "/batal", false)]
    [InlineData(Role.Pengelola, "/jual beras 1 kg", true)]
    [InlineData(Role.Pengelola, "/setharga beras 12.000", true)]
    [InlineData(Role.Pengelola, "/barang tambah \"Kopi Bubuk\" bungkus", false)]
    [InlineData(Role.Pengelola, "/undang pengelola", false)]
    [InlineData(Role.Pengurus, "/barang tambah \"Kopi Bubuk\" bungkus", true)]
    [InlineData(Role.Pengurus, "/undang pengelola", true)]
    [InlineData(Role.Pengurus, NewCooperative, false)]
    [InlineData(Role.Pembina, "/rekap", true)]
    [InlineData(Role.Pembina, "/jual beras 1 kg", false)]
    [InlineData(Role.Admin, NewCooperative, true)]
    public async Task Each_role_may_run_only_its_commands(Role role, string command, bool allowed)
    {
        using var harness = new RouterHarness();
        var user = harness.As("telegram", "7", role);
        var auditBefore = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await user.SendAsync(command);

        Assert.Equal(!allowed, reply.Text.Contains("hanya untuk"));
        if (!allowed)
        {
            Assert.Contains($"Anda terdaftar sebagai {role.ToString().ToLowerInvariant()}", reply.Text);
            Assert.Equal(auditBefore, harness.Get<LedgerDb>().RecordedWrites());
        }
    }

    [Fact]
    public async Task Help_lists_only_what_the_role_may_use()
    {
        using var harness = new RouterHarness();

        var member = await harness.Stranger("telegram", "1").SendAsync("/bantuan");
        var cashier = await harness.As("telegram", "2", Role.Pengelola).SendAsync("/mulai");

        Assert.Contains("/harga beras", member.Text);
        Assert.DoesNotContain("/jual", member.Text);
        Assert.Contains("/jual gula 2,5 kg", cashier.Text);
        Assert.Contains("DEMO", cashier.Text);
        Assert.DoesNotContain("/undang", cashier.Text);
    }

    [Fact]
    public async Task An_invite_code_binds_the_redeemer_once_to_the_inviters_cooperative_and_role()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "1", Role.Pengurus);

        var invite = await board.SendAsync("/undang pengelola");
        var code = Regex.Match(invite.Text, "/gabung ([A-Z0-9]{8})").Groups[1].Value;
        var joined = await harness.Stranger("telegram", "newbie").SendAsync($"/gabung {code}");
        var sale = await harness.Stranger("telegram", "newbie").SendAsync("/jual beras 1 kg");
        var reused = await harness.Stranger("telegram", "other").SendAsync($"/gabung {code}");
        var escalate = await board.SendAsync("/undang admin");

        Assert.Contains("sebagai pengelola", joined.Text);
        Assert.StartsWith("Tercatat: jual beras 1 kg", sale.Text);
        Assert.Contains("sudah dipakai", reused.Text);
        Assert.Contains("tidak bisa mengundang admin", escalate.Text);
        Assert.Equal(Role.Anggota, harness.Get<IdentityResolver>().Resolve(Message("other", "/harga")).Role);
    }

    [Fact]
    public async Task Admins_come_from_configuration_and_a_new_cooperatives_data_is_its_own()
    {
        using var harness = new RouterHarness(new Dictionary<string, string?> { ["Bot:AdminUserIds:0"] = "telegram:999" });
        var admin = harness.Stranger("telegram", "999");

        var created = await admin.SendAsync(NewCooperative);
        var code = Regex.Match(created.Text, "/gabung ([A-Z0-9]{8})").Groups[1].Value;
        var other = harness.Stranger("telegram", "b-board");
        await other.SendAsync($"/gabung {code}");
        var prices = await other.SendAsync("/harga");
        var sale = await other.SendAsync("/jual beras 1 kg");

        Assert.Contains("Tercatat: koperasi KKMP Sukamaju (kop-b), Sukamaju, Kota Mojokerto, zona Asia/Makassar.", created.Text);
        Assert.Equal(Role.Pengurus, harness.Get<UserDirectory>().Get("telegram", "b-board")!.Role);
        Assert.Contains("Belum ada harga di KKMP Sukamaju", prices.Text);
        Assert.Contains("tidak ada di daftar koperasi ini", sale.Text);
        Assert.Equal(100, harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Beras").Stock);
    }

    [Fact]
    public async Task A_group_linked_by_the_board_serves_its_cooperative_and_outsiders_there_only_read()
    {
        using var harness = new RouterHarness(new Dictionary<string, string?> { ["Bot:AdminUserIds:0"] = "telegram:999" });
        await harness.Stranger("telegram", "999").SendAsync(NewCooperative);
        var boardB = harness.As("telegram", "b1", Role.Pengurus, "kop-b").InGroup("-100");
        await boardB.SendAsync("/barang tambah \"Kopi Bubuk\" bungkus");
        await boardB.SendAsync("/setharga kopi 5.000");

        var linked = await boardB.SendAsync("/mulai");
        var visitor = await harness.As("telegram", "demo-cashier", Role.Pengelola).InGroup("-100").SendAsync("/harga");
        var visitorSale = await harness.As("telegram", "demo-cashier", Role.Pengelola).InGroup("-100").SendAsync("/jual kopi 1 bungkus");

        Assert.Contains("Grup ini sekarang terhubung ke KKMP Sukamaju", linked.Text);
        Assert.Contains("Kopi Bubuk: Rp5.000/bungkus", visitor.Text);
        Assert.DoesNotContain("Beras", visitor.Text);
        Assert.Contains("Anda terdaftar sebagai anggota", visitorSale.Text);
    }

    private static IncomingMessage Message(string userId, string text) => new()
    {
        Channel = "telegram", ChatId = "c", UserId = userId, Text = text, MessageId = "x",
    };
}
