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
}
