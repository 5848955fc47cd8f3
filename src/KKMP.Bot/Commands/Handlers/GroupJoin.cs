using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// /gabung KODE sent in a group chat. A group code (/undang grup) links the group: an unlinked group
/// is claimed by the board (pengurus) of the code's cooperative; a linked group is moved only by the
/// board of the cooperative that holds it (their consent) with a code of the new one (its consent);
/// admins may always. A personal code is redeemed for the sender as in a private chat and never
/// moves the group, except that a new pengurus joining this way also links a still-unlinked group.
/// </summary>
public sealed class GroupJoin(Invites invites, UserDirectory users, CooperativeDirectory cooperatives)
{
    public Reply Join(CommandContext context, string code)
    {
        var invite = invites.Find(code);
        if (invite is null) return new Reply(Invites.UnknownCode);
        var message = context.Message;
        var link = users.GroupLink(message.Channel, message.ChatId);
        return invite.ForGroup ? LinkWithGroupCode(context, invite, link) : RedeemPersonalCode(context, invite, link);
    }

    private Reply LinkWithGroupCode(CommandContext context, InviteDoc invite, GroupLinkDoc? link)
    {
        var target = NameOf(invite.KoperasiId);
        if (link?.KoperasiId == invite.KoperasiId)
            return new Reply($"Grup ini sudah terhubung ke {target}. Kode {invite.Id} tidak dipakai; simpan untuk grup lain.");
        var holder = link?.KoperasiId ?? invite.KoperasiId;
        if (!IsBoardOf(context, holder))
            return new Reply(link is null
                ? $"Hanya pengurus {target} yang bisa menghubungkan grup ini dengan kode itu. Kode tidak dipakai. " +
                  $"Minta pengurus {target} mengirim /gabung {invite.Id} di grup ini."
                : $"Grup ini terhubung ke {NameOf(link.KoperasiId)}; hanya pengurus {NameOf(link.KoperasiId)} yang bisa " +
                  "memindahkannya ke koperasi lain. Kode tidak dipakai, grup tidak berubah.");
        var moved = link is null ? "" : $" (sebelumnya {NameOf(link.KoperasiId)})";
        return Replies.From(invites.RedeemForGroup(context.Origin, invite, () =>
            $"Grup ini sekarang terhubung ke {target}{moved}: anggota grup bisa bertanya harga {target} di sini. " +
            "Catatan (/jual, /stok) di grup hanya bisa dibuat pengelola dan pengurus koperasi ini."));
    }

    private Reply RedeemPersonalCode(CommandContext context, InviteDoc invite, GroupLinkDoc? link)
    {
        var target = NameOf(invite.KoperasiId);
        // A board member holding someone else's invitation most likely meant to link the group: do not spend (or demote on) it.
        if (IsBoardOf(context, invite.KoperasiId))
            return new Reply($"Kode {invite.Id} adalah undangan pribadi ({Permissions.Name(invite.Role)}) untuk orang lain, jadi tidak dipakai. " +
                             "Untuk menghubungkan grup ini: kirim /undang grup, lalu kirim /gabung KODE_GRUP di grup ini.");
        var joined = invites.Redeem(context.Origin, invite.Id, i =>
            $"Selamat bergabung di {target} sebagai {Permissions.Name(i.Role)}. Ketik /bantuan untuk daftar perintah.");
        if (joined.Status != WriteStatus.Recorded) return Replies.From(joined);

        if (invite.Role == Role.Pengurus && link is null)
        {
            var origin = context.Origin with { KoperasiId = invite.KoperasiId, MessageId = context.Message.MessageId + "#grup" };
            var linked = users.LinkGroup(origin, () => $"Grup ini sekarang terhubung ke {target}: anggota grup bisa bertanya harga {target} di sini.");
            return new Reply($"{joined.Text}\n{linked.Text}");
        }
        var note = link is null
            ? "Grup ini belum terhubung ke koperasi; pengurus menghubungkannya dengan /undang grup lalu /gabung KODE di sini."
            : link.KoperasiId == invite.KoperasiId ? "" : $"Grup ini tetap terhubung ke {NameOf(link.KoperasiId)}.";
        return new Reply(note == "" ? joined.Text : $"{joined.Text}\n{note}");
    }

    /// <summary>Pengurus of that cooperative by their own record (not the group-adjusted role), or an admin.</summary>
    private bool IsBoardOf(CommandContext context, string koperasiId)
    {
        if (context.Asker.Role == Role.Admin) return true;
        var user = users.Get(context.Message.Channel, context.Message.UserId);
        return user is { Role: Role.Pengurus } && user.KoperasiId == koperasiId;
    }

    private string NameOf(string koperasiId) => cooperatives.Get(koperasiId)?.Name ?? koperasiId;
}
