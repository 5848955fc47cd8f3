using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Members;

/// <summary>/jual … untuk 0012: a sale attributed to a member (for jasa transaksi); without "untuk" a non-member sale.</summary>
public class MemberSaleTests
{
    private static int?[] SaleMembers(RouterHarness harness) =>
        [.. harness.Get<LedgerDb>().Movements.FindAll().Where(m => m.Kind == Bot.Ledger.Documents.MovementKind.Sold).OrderBy(m => m.AtTicks).Select(m => m.MemberNumber)];

    [Fact]
    public async Task A_sale_for_a_member_is_attributed_and_one_without_untuk_is_not()
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Painem\" 12");
        await ketua.SendAsync("/anggota tambah \"Budi\" 13");
        await ketua.SendAsync("/anggota keluar 13");
        await ketua.SendAsync("/masuk gula 10 kg @15.000");

        Assert.Contains("= Rp35.000 untuk anggota 0012 Painem.", (await ketua.SendAsync("/jual gula 2 kg @17.500 untuk 0012")).Text);
        Assert.StartsWith("Tercatat: jual gula", (await ketua.SendAsync("/jual gula 1 kg @17.500")).Text);
        Assert.Contains("Anggota nomor 0099 tidak ada", (await ketua.SendAsync("/jual gula 1 kg @17.500 untuk 0099")).Text);
        Assert.Contains("sudah keluar", (await ketua.SendAsync("/jual gula 1 kg @17.500 untuk 13")).Text);
        Assert.Contains("tulis nomor anggota saja", (await ketua.SendAsync("/jual gula 1 kg untuk 12 lagi")).Text);

        Assert.Equal([12, null], SaleMembers(harness));
    }

    [Fact]
    public async Task A_member_named_unambiguously_gets_the_sale_in_slash_and_everyday_words()
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Painem\" 12");
        await ketua.SendAsync("/anggota tambah \"Sri Wahyuni\" 13");
        await ketua.SendAsync("/masuk gula 20 kg @15.000");

        Assert.Contains("untuk anggota 0012 Painem.", (await ketua.SendAsync("/jual gula 2 kg @17.500 untuk bu painem")).Text);
        Assert.Contains("untuk anggota 0013 Sri Wahyuni.", (await ketua.SendAsync("/jual gula 1 kg @17.500 utk sri")).Text);
        Assert.Contains("untuk anggota 0012 Painem.", (await ketua.SendAsync("gula 2kg utk bu painem")).Text);
        Assert.Contains("untuk anggota 0013 Sri Wahyuni.", (await ketua.SendAsync("td laku gula 1 kg untuk mbak sri wahyuni ya")).Text);
        Assert.Contains("untuk anggota 0012 Painem.", (await ketua.SendAsync("gula 1 kg utk 0012")).Text);
        // sold to a person ("ka", "ke", Banjar "lawan") is sold for them, as with "untuk"
        Assert.Contains("untuk anggota 0012 Painem.", (await ketua.SendAsync("laku gula 1 kg ka bu painem")).Text);
        Assert.Contains("untuk anggota 0013 Sri Wahyuni.", (await ketua.SendAsync("ngical gula 1 kilo ke mbak sri wahyuni")).Text);

        Assert.Equal([12, 13, 12, 13, 12, 12, 13], SaleMembers(harness));
    }

    [Fact]
    public async Task An_ambiguous_name_gets_a_question_with_the_numbered_commands_and_records_nothing()
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Sri Wahyuni\" 13");
        await ketua.SendAsync("/anggota tambah \"Sri Lestari\" 14");
        await ketua.SendAsync("/masuk gula 20 kg @15.000");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await ketua.SendAsync("gula 2kg utk bu sri");

        Assert.Contains("Ada 2 anggota yang cocok dengan \"sri\": 0013 Sri Wahyuni, 0014 Sri Lestari", reply.Text);
        Assert.Contains("Belum dicatat", reply.Text);
        Assert.Equal(["gula 2kg utk 0013", "gula 2kg utk 0014"], reply.SuggestedReplies);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        Assert.Contains("untuk anggota 0014 Sri Lestari", (await ketua.SendAsync(reply.SuggestedReplies[1])).Text);
    }

    [Theory]
    [InlineData("/jual gula 1 kg untuk bu tukiyem", "Tidak ada anggota aktif bernama \"tukiyem\"")]
    [InlineData("gula 1 kg utk pak budi", "anggota 0015 (Budi) sudah keluar")]
    [InlineData("/jual gula 1 kg untuk 0099", "Anggota nomor 0099 tidak ada")]
    [InlineData("/jual gula 1 kg untuk bu", "tulis nomor atau nama anggota")]
    public async Task An_unknown_or_left_member_is_refused_with_an_example_and_nothing_is_recorded(string text, string expected)
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Budi\" 15");
        await ketua.SendAsync("/anggota keluar 15");
        await ketua.SendAsync("/masuk gula 20 kg @15.000");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await ketua.SendAsync(text);

        Assert.Contains(expected, reply.Text);
        Assert.Matches("/(jual|anggota) ", reply.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        Assert.Empty(SaleMembers(harness));
    }

    [Theory]
    [InlineData("gula 2kg utk bu tukiyem")]
    [InlineData("jual gula dua kilo untuk pace guru")]
    public async Task A_customer_named_in_words_who_is_no_member_is_a_non_member_sale_after_YA(string text)
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/anggota tambah \"Painem\" 12");
        await ketua.SendAsync("/masuk gula 20 kg @15.000");
        var before = harness.Get<LedgerDb>().RecordedWrites();

        var preview = await ketua.SendAsync(text);

        // the preview says who is not a member, and nothing is written before YA
        Assert.Contains("Tidak ada anggota bernama", preview.Text);
        Assert.Contains("penjualan bukan anggota", preview.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
        Assert.StartsWith("Tercatat: jual gula pasir 2 kg", (await ketua.SendAsync("ya")).Text);
        Assert.Equal([null], SaleMembers(harness));
    }

    [Fact]
    public async Task What_the_goods_are_for_is_no_buyer()
    {
        using var harness = new RouterHarness();
        var ketua = harness.As("telegram", "ketua", Role.Pengurus);
        await ketua.SendAsync("/masuk terigu 20 kg @10.000");

        Assert.StartsWith("Tercatat: jual tepung terigu 2 kg", (await ketua.SendAsync("laku terigu 2 kilo untuk acara pengajian")).Text);
        Assert.Equal([null], SaleMembers(harness));
    }
}
