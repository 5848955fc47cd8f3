using System.Security.Cryptography;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>One-time, expiring invite codes that bind a user to a cooperative and role.</summary>
public sealed class Invites(LedgerDb db, TimeProvider clock, UserDirectory users)
{
    // No 0/O, 1/I/L: codes are read aloud and typed on phones.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public WriteResult Mint(WriteOrigin origin, Role role, Func<InviteDoc, string> describe, bool forGroup = false, string? cityId = null, int? memberNumber = null) =>
        db.Write(origin, () =>
        {
            if (memberNumber is { } number && db.Members.FindById(MemberDoc.IdOf(origin.KoperasiId, number)) is not { HasLeft: false })
                return WriteResult.Rejected(Members.MemberRegister.Unknown(number) + " (atau anggota itu sudah keluar)");
            var now = clock.GetUtcNow().UtcDateTime;
            var invite = new InviteDoc
            {
                Id = RandomNumberGenerator.GetString(Alphabet, 8), KoperasiId = origin.KoperasiId, Role = role, ForGroup = forGroup, CityId = cityId, MemberNumber = memberNumber,
                CreatedBy = UserDoc.KeyOf(origin.Channel, origin.UserId), CreatedUtc = now, ExpiresUtc = now + Lifetime,
            };
            db.Invites.Insert(invite);
            return WriteResult.Recorded(describe(invite));
        });

    public InviteDoc? Find(string code) => db.Invites.FindById(code.Trim().ToUpperInvariant());

    /// <summary>Redeems a code for the origin's user; refuses a used or expired code.</summary>
    public WriteResult Redeem(WriteOrigin origin, string code, Func<InviteDoc, string> describe)
    {
        var invite = Find(code);
        if (invite is null) return WriteResult.Rejected(UnknownCode);
        if (invite.ForGroup)
            return WriteResult.Rejected($"Kode ini untuk menghubungkan grup Telegram, bukan untuk orang. Pengurus mengirim /gabung {invite.Id} di grup itu.");
        var result = db.Write(origin with { KoperasiId = invite.KoperasiId }, () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (Spend(invite.Id, origin, now, out var fresh) is { } refusal) return refusal;
            var key = UserDoc.KeyOf(origin.Channel, origin.UserId);
            // A member code links a person; an officer of the same cooperative who is also a member keeps their role.
            var role = fresh.MemberNumber is not null && db.Users.FindById(key) is { } known && known.KoperasiId == fresh.KoperasiId ? known.Role : fresh.Role;
            db.Users.Upsert(new UserDoc { Id = key, KoperasiId = fresh.KoperasiId, Role = role, CityId = fresh.CityId, UpdatedUtc = now });
            if (fresh.MemberNumber is { } number) Members.MemberRegister.LinkIn(db, fresh.KoperasiId, number, key);
            return WriteResult.Recorded(describe(fresh));
        });
        users.Forget(origin.Channel, origin.UserId); // after the commit, so the new role is what the next message sees
        return result;
    }

    /// <summary>
    /// Redeems a group code for the origin's chat: consumes it and links the group to the code's
    /// cooperative in one write. Who may do this is the caller's decision (see GroupJoin).
    /// </summary>
    public WriteResult RedeemForGroup(WriteOrigin origin, InviteDoc invite, Func<string> describe) =>
        db.Write(origin with { KoperasiId = invite.KoperasiId }, () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (Spend(invite.Id, origin, now, out var fresh) is { } refusal) return refusal;
            db.GroupLinks.Upsert(new GroupLinkDoc
            {
                Id = $"{origin.Channel}:{origin.ChatId}", KoperasiId = fresh.KoperasiId, LinkedBy = UserDoc.KeyOf(origin.Channel, origin.UserId), LinkedUtc = now,
            });
            return WriteResult.Recorded(describe());
        });

    public const string UnknownCode = "Kode undangan tidak dikenal. Periksa lagi, contoh: /gabung AB3DE7FG";

    /// <summary>
    /// Inside a write: re-reads the invite (another message may have spent it since it was found)
    /// and marks it spent by the origin's user, or returns the refusal when it can no longer be used.
    /// </summary>
    private WriteResult? Spend(string inviteId, WriteOrigin origin, DateTime now, out InviteDoc fresh)
    {
        fresh = db.Invites.FindById(inviteId);
        if (Unusable(fresh, now) is { } refusal) return refusal;
        fresh.RedeemedBy = UserDoc.KeyOf(origin.Channel, origin.UserId);
        fresh.RedeemedUtc = now;
        db.Invites.Update(fresh);
        return null;
    }

    private static WriteResult? Unusable(InviteDoc invite, DateTime now) =>
        invite.RedeemedBy is not null ? WriteResult.Rejected("Kode undangan ini sudah dipakai. Minta kode baru ke pengurus.")
        : invite.ExpiresUtc.ToUniversalTime() <= now ? WriteResult.Rejected("Kode undangan ini sudah kedaluwarsa. Minta kode baru ke pengurus.")
        : null;
}
