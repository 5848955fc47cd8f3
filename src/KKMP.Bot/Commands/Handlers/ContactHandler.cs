using KKMP.Bot.City;
using KKMP.Bot.Commands.Naming;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// /hubungi kkmp-sukamaju PESAN and /balas N PESAN: one cooperative writes to another's pengurus through the
/// bot (the question relay: rate-limited, no name, number or id shown), only to cooperatives of the same
/// city that chose to share (/berbagi aktif).
/// </summary>
public sealed class ContactHandler(QuestionRelay relay, CooperativeDirectory cooperatives, CityScope scope)
{
    public Reply Message(CommandContext context, CooperativeMessage command)
    {
        var city = CityIds.Of(context.Cooperative.City);
        var sharing = scope.CooperativesOf(city).Where(c => c.SharesStock && c.Id != context.KoperasiId).ToList();
        string Example(string? id = null) =>
            id is null && sharing.Count == 0 ? CityExamples.Message : CityExamples.Message.Replace("kkmp-sukamaju", id ?? sharing[0].Id, StringComparison.Ordinal);
        if (command.KoperasiId == context.KoperasiId)
            return new Reply($"{context.Cooperative.Name} adalah koperasi Anda sendiri; /hubungi untuk koperasi lain di {city}. Contoh: {Example()}");
        if (cooperatives.Get(command.KoperasiId) is not { } target)
        {
            var closest = sharing.MinBy(c => EditDistance.Between(c.Id, command.KoperasiId));
            return new Reply($"Koperasi \"{command.KoperasiId}\" tidak ada." +
                             (closest is null ? $" Contoh: {Example()}" : $" Maksudnya {closest.Id}? Contoh: {Example(closest.Id)}"));
        }
        if (city.Length == 0 || CityIds.Of(target.City) != city)
            return new Reply($"{target.Name} bukan koperasi {(city.Length > 0 ? city : "kota Anda")}; pesan lewat bot hanya antar-koperasi sekota. Contoh: {Example()}");
        if (!target.SharesStock)
            return new Reply($"{target.Name} belum membuka diri untuk koperasi lain (pengurusnya bisa mengaktifkan dengan {CityExamples.SharingOn}), " +
                             $"jadi pesan tidak dikirim. Lihat yang sudah terbuka dengan {CityExamples.Search}");

        return Replies.From(relay.Relay(context.Origin, target.Id,
            $"{Permissions.Name(context.Asker.Role)} {context.Cooperative.Name} ({context.KoperasiId})", AsTyped(context, command.Text),
            q => $"Pesan #{q.Id} dari {q.From}, lewat bot:\n«{VisibleText.Escape(q.Text)}»\n\nBalas: /balas {q.Id} <pesan>",
            _ => $"Pesan Anda dikirim ke pengurus {target.Name} lewat bot (tanpa nama atau nomor Anda). Balasannya akan dikirim ke sini.",
            fromKoperasiId: context.KoperasiId,
            overLimit: $"Anda sudah mengirim {QuestionRelay.PerHour} pesan lewat bot dalam satu jam terakhir, jadi pesan ini tidak dikirim. Coba lagi nanti."));
    }

    public Reply Answer(CommandContext context, CooperativeReply command)
    {
        if (relay.Find(command.Number) is not { FromKoperasiId: { } from } message || message.KoperasiId != context.KoperasiId)
            return new Reply($"Pesan #{command.Number} tidak ada untuk {context.Cooperative.Name}. Nomornya ada di pesan yang Anda terima. Contoh: {CityExamples.Reply}");
        if (message.AnsweredUtc is not null)
            return new Reply($"Pesan #{command.Number} sudah dibalas. Untuk menulis lagi: /hubungi {from} <pesan>");
        return Replies.From(relay.Answer(context.Origin, command.Number, context.KoperasiId,
            q => $"Balasan pengurus {context.Cooperative.Name} atas pesan Anda:\n«{VisibleText.Escape(q.Text)}»\n\n{AsTyped(context, command.Text)}",
            q => $"Balasan untuk pesan #{q.Id} dikirim ke pengirimnya."));
    }

    /// <summary>
    /// The message as typed after the command word and the id or number: the grammar's words lose line breaks
    /// and quotes, which a person's message keeps.
    /// </summary>
    private static string AsTyped(CommandContext context, string parsed)
    {
        var rest = context.Message.Text.Trim();
        for (var word = 0; word < 2; word++)
        {
            var end = rest.IndexOfAny([' ', '\t', '\n', '\r']);
            if (end < 0) return parsed;
            rest = rest[end..].TrimStart();
        }
        return rest.Length > 0 ? rest : parsed;
    }
}
