using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Push;

/// <summary>Price flags to the pengawas and simpanan-due reminders to members, through the real host, a fake clock and the fake Bot API.</summary>
public sealed class PushKindTests
{
    private const long Board = 3001, Cashier = 3002, Supervisor = 3003, Siti = 3004, Budi = 3005;
    private static DateTimeOffset Utc(int hour, int minute = 0, int day = 0) => new DateTimeOffset(2026, 12, 1, hour, minute, 0, TimeSpan.Zero).AddDays(day);

    [Fact]
    public async Task A_price_above_the_ceiling_is_flagged_to_the_pengawas_once_recorded_and_a_price_below_is_not()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(Board, "demo", Role.Pengurus);
        push.Assign(Cashier, "demo", Role.Pengelola);
        push.Assign(Supervisor, "demo", Role.Pengawas);
        await push.Telegram.SayAsync(Board, "/koperasi provinsi jatim");
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/barang acuan beras beras-medium"));

        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Cashier, "/setharga beras 13.000")); // under HET Rp13.500
        Assert.Contains("di atas HET", await push.Telegram.SayAsync(Cashier, "/setharga beras 14.000")); // asks first
        Assert.Empty(push.NoticesFor(Supervisor)); // nothing recorded yet, nothing flagged
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Cashier, "YA"));

        await push.WaitForPushesAsync(Supervisor, 1);
        var flag = Assert.Single(push.PushesTo(Supervisor)).Text!;
        Assert.Contains("Harga beras dicatat Rp14.000/kg, di atas HET Rp13.500 (Kepbadan 299/2025).", flag);
        Assert.Contains("(pengelola)", flag);
        Assert.Contains("/pengingat mati het", flag);
        Assert.Empty(push.NoticesFor(Board)); // the pengawas' kind only
        Assert.Single(push.NoticesFor(Supervisor));
    }

    [Fact]
    public async Task Simpanan_due_reaches_each_linked_member_who_has_not_paid_on_the_due_day_once()
    {
        await using var push = await PushHarness.StartAsync();
        push.Assign(Board, "demo", Role.Pengurus);
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/simpanan atur wajib 50rb"));
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/kas awal 100rb"));
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/anggota tambah \"Siti\""));
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/anggota tambah \"Budi\""));
        Link(push, 1, Siti);
        Link(push, 2, Budi);
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/simpanan 0002 wajib 50rb Desember 2026"));

        await push.AdvanceToAsync(Utc(0, 59, day: 9)); // 10 December, 07.59 WIB
        Assert.Empty(push.NoticesFor(Siti));
        await push.AdvanceToAsync(Utc(1, day: 9)); // 08.00 WIB on the due day
        await push.WaitForPushesAsync(Siti, 1);
        var due = Assert.Single(push.PushesTo(Siti)).Text!;
        Assert.Contains("Simpanan wajib Desember 2026 jatuh tempo hari ini: Rp50.000 per bulan.", due);
        Assert.Contains("Yang belum dibayar: Rp50.000 (anggota 0001 Siti).", due);
        Assert.Contains("/simpanan 0001 wajib 50.000 Desember 2026", due);
        Assert.StartsWith("Tercatat", await push.Telegram.SayAsync(Board, "/simpanan 0001 wajib 50.000 Desember 2026")); // the command shown works

        await push.AdvanceToAsync(Utc(5, day: 9)); // later that day: claimed already
        Assert.Single(push.NoticesFor(Siti));
        Assert.Empty(push.NoticesFor(Budi)); // paid

        Assert.Contains("dimatikan", await push.Telegram.SayAsync(Siti, "/pengingat mati simpanan")); // a member may turn it off
        await push.AdvanceToAsync(Utc(1, day: 40)); // 10 January 2027, 08.00 WIB
        await push.WaitForPushesAsync(Budi, 1); // December paid, January not
        Assert.Contains("Yang belum dibayar: Rp50.000 (anggota 0002 Budi).", Assert.Single(push.PushesTo(Budi)).Text);
        Assert.Single(push.NoticesFor(Siti)); // she owes January too, but turned it off
    }

    /// <summary>What /undang anggota N and its redemption leave behind: the member record names the chat user.</summary>
    private static void Link(PushHarness push, int number, long userId)
    {
        push.Assign(userId, "demo", Role.Anggota);
        var db = push.Services.GetRequiredService<LedgerDb>();
        db.WriteUnaudited(() =>
        {
            var member = db.Members.FindById(MemberDoc.IdOf("demo", number));
            member.LinkedUser = UserDoc.KeyOf(ChannelNames.Telegram, userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return db.Members.Update(member);
        });
    }
}
