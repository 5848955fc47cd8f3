using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/undang ROLE, /gabung KODE, and the admin's /koperasi tambah.</summary>
public sealed class MembershipHandler(Invites invites, CooperativeDirectory cooperatives, GroupJoin groups)
{
    public Reply Invite(CommandContext context, Invite command)
    {
        if (!Permissions.MayInvite(context.Asker.Role, command.Role))
            return new Reply($"Anda ({Permissions.Name(context.Asker.Role)}) tidak bisa mengundang {Permissions.Name(command.Role)}. Contoh: /undang pengelola");
        return Replies.From(invites.Mint(context.Origin, command.Role, invite =>
            $"Kode undangan {Permissions.Name(invite.Role)}{(invite.MemberNumber is { } n ? $" nomor {Ledger.Documents.MemberDoc.FormatNumber(n)}" : "")} untuk {context.Cooperative.Name}: {invite.Id}\n" +
            $"Berlaku sekali, sampai {invite.ExpiresUtc:yyyy-MM-dd HH:mm} UTC. Orang yang diundang mengirim: /gabung {invite.Id}", memberNumber: command.MemberNumber));
    }

    /// <summary>/undang grup: a one-time code a pengurus sends in a Telegram group to link it to this cooperative.</summary>
    public Reply InviteGroup(CommandContext context) =>
        Replies.From(invites.Mint(context.Origin, Role.Anggota, invite =>
            $"Kode penghubung grup untuk {context.Cooperative.Name}: {invite.Id}\n" +
            $"Berlaku sekali, sampai {invite.ExpiresUtc:yyyy-MM-dd HH:mm} UTC. Tambahkan bot ke grup Telegram, lalu pengurus " +
            $"{context.Cooperative.Name} mengirim di grup itu: /gabung {invite.Id}", forGroup: true));

    public Reply Join(CommandContext context, Join command) => context.Message.IsGroup ? groups.Join(context, command.Code) :
        Replies.From(invites.Redeem(context.Origin, command.Code, invite =>
            $"Selamat bergabung di {cooperatives.Get(invite.KoperasiId)?.Name ?? invite.KoperasiId} sebagai {Permissions.Name(invite.Role)}. Ketik /bantuan untuk daftar perintah."));

    public Reply AddCooperative(CommandContext context, CooperativeAdd command)
    {
        const string example = "/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB";
        var id = command.Id.Trim().ToLowerInvariant();
        if (id.Length is < 2 or > 40 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            return new Reply($"Id koperasi hanya huruf, angka dan tanda minus (2–40). Contoh: {example}");
        var zone = ZoneOf(command.TimeZone);
        if (zone is null) return new Reply($"Zona waktu \"{command.TimeZone}\" tidak dikenal. Pakai WIB, WITA atau WIT. Contoh: {example}");
        var cooperative = new CooperativeDoc { Id = id, Name = command.Name.Trim(), Village = command.Village.Trim(), City = command.City.Trim(), TimeZone = zone };
        var added = cooperatives.Add(context.Origin, cooperative, c =>
            $"Tercatat: koperasi {c.Name} ({c.Id}), {c.Village}, {c.City}, zona {c.TimeZone}.");
        if (added.Status != WriteStatus.Recorded) return Replies.From(added);

        // The new cooperative needs its first pengurus: hand the admin a one-time code for it.
        var origin = context.Origin with { KoperasiId = id, MessageId = context.Message.MessageId + "#pengurus" };
        var invite = invites.Mint(origin, Role.Pengurus, i => $"Kode undangan pengurus pertamanya: {i.Id} (kirim /gabung {i.Id}).");
        return new Reply($"{added.Text}\n{invite.Text}");
    }

    /// <summary>WIB/WITA/WIT or an IANA id; null when unknown.</summary>
    internal static string? ZoneOf(string? typed) => typed?.Trim().ToUpperInvariant() switch
    {
        null or "" or "WIB" => "Asia/Jakarta",
        "WITA" => "Asia/Makassar",
        "WIT" => "Asia/Jayapura",
        _ => CooperativeDirectory.IsKnownZone(typed.Trim()) ? typed.Trim() : null,
    };
}
