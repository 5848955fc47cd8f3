using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Members;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Members;

/// <summary>/anggota through the real router, as the board keeps the member register.</summary>
public class MemberRegisterTests
{
    private static int Members(RouterHarness harness) => harness.Get<LedgerDb>().Members.Count();

    [Fact]
    public async Task Numbers_are_generated_unique_and_a_member_who_leaves_keeps_the_record()
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);

        Assert.StartsWith("Tercatat: anggota baru 0001 Painem", (await ketua.SendAsync("/anggota tambah \"Painem\"")).Text);
        Assert.StartsWith("Tercatat: anggota baru 0012 Sri Wahyuni", (await ketua.SendAsync("/anggota tambah Sri Wahyuni 0012")).Text);
        Assert.StartsWith("Tercatat: anggota baru 0013 Budi", (await ketua.SendAsync("/anggota tambah Budi")).Text);
        var taken = await ketua.SendAsync("/anggota tambah \"Joko\" 12");
        Assert.Contains("Nomor anggota 0012 sudah dipakai oleh Sri Wahyuni", taken.Text);
        Assert.Equal(3, Members(harness));

        var left = await ketua.SendAsync("/anggota keluar 0012 pindah desa");
        Assert.Matches(@"^Tercatat: anggota 0012 Sri Wahyuni keluar \w+, \d+ \w+ \d{4} — pindah desa\. Datanya tetap disimpan\.$", left.Text);
        Assert.Contains("sudah tercatat keluar", (await ketua.SendAsync("/anggota keluar 12")).Text);
        Assert.Equal(3, Members(harness));

        var record = (await ketua.SendAsync("/anggota 0012")).Text;
        Assert.Contains("Anggota 0012: Sri Wahyuni", record);
        Assert.Contains("Keluar:", record);
        Assert.Contains("pindah desa", record);
        var list = (await ketua.SendAsync("/anggota")).Text;
        Assert.Contains("2 aktif, 1 keluar", list);
        Assert.Contains("0012 Sri Wahyuni (keluar)", list);
        Assert.Contains("tidak ada", (await ketua.SendAsync("/anggota 0099")).Text);
    }

    [Fact]
    public async Task Long_lists_are_paged()
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        for (var i = 1; i <= MemberHandlerPageSize + 5; i++) await ketua.SendAsync($"/anggota tambah \"Anggota Ke {Words(i)}\"");

        var first = (await ketua.SendAsync("/anggota")).Text;
        var second = (await ketua.SendAsync("/anggota hal 2")).Text;

        Assert.Contains("halaman 1 dari 2", first);
        Assert.Contains("/anggota hal 2", first);
        Assert.Equal(MemberHandlerPageSize, first.Split('\n').Count(l => l.Length > 4 && char.IsAsciiDigit(l[0])));
        Assert.Equal(5, second.Split('\n').Count(l => l.Length > 4 && char.IsAsciiDigit(l[0])));
        Assert.Contains("hanya 2 halaman", (await ketua.SendAsync("/anggota hal 3")).Text);
    }

    [Theory]
    [InlineData("/anggota tambah", "Nama anggota belum ditulis")]
    [InlineData("/anggota tambah Painem 0", "Nomor anggota \"0\" tidak bisa dibaca")]
    [InlineData("/anggota tambah Painem 12345678", "Nomor anggota \"12345678\" tidak bisa dibaca")]
    [InlineData("/anggota keluar", "Nomor anggota yang keluar belum ditulis")]
    [InlineData("/anggota keluar 0099", "Anggota nomor 0099 tidak ada")]
    [InlineData("/anggota hapus 12", "tidak dimengerti")]
    public async Task Bad_member_commands_get_a_reason_and_record_nothing(string text, string expected)
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);

        var reply = await ketua.SendAsync(text);

        Assert.Contains(expected, reply.Text);
        Assert.Equal(0, Members(harness));
    }

    private const int MemberHandlerPageSize = Bot.Commands.Handlers.MemberHandler.PageSize;

    // Names without digits (a digit would read as a member number).
    private static string Words(int n) => new(n.ToString().Select(c => (char)('a' + (c - '0'))).ToArray());
}
