using System.Text;
using KKMP.Bot.City;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/undang pembina KOTA (admin) and /kota: a city's cooperatives in aggregate, for its pembina.</summary>
public sealed class CityHandler(CityOverview city, CityScope scope, Invites invites, Recaps recaps)
{
    public Reply Invite(CommandContext context, CityInvite command)
    {
        if (city.CooperativesOf(command.CityId) is not [var first, ..])
            return new Reply(NoSuchCity(command.CityId, CommandExamples.CityInvite));
        // The pembina is bound to a cooperative of the city (every record needs one) and scoped by the city.
        var origin = context.Origin with { KoperasiId = first.Id };
        return Replies.From(invites.Mint(origin, Role.Pembina, invite =>
            $"Kode undangan pembina untuk {command.CityId}: {invite.Id}\n" +
            $"Berlaku sekali, sampai {invite.ExpiresUtc:yyyy-MM-dd HH:mm} UTC. Pembina mengirim: /gabung {invite.Id}, lalu /kota", cityId: command.CityId));
    }

    public Reply View(CommandContext context, CityView command)
    {
        var own = scope.CityOf(context.Asker, context.Cooperative);
        var asked = command.CityId ?? own;
        if (context.Asker.Role != Role.Admin && asked != own)
            return new Reply($"Anda pembina {own}; koperasi di {asked} tidak bisa Anda lihat. Contoh: {CommandExamples.CityView}");
        var rows = city.Rows(asked);
        if (rows.Count == 0) return new Reply(NoSuchCity(asked, "/kota kota-mojokerto"));

        var text = new StringBuilder($"{asked}: {rows.Count} koperasi, {Say.Date(recaps.Today(rows[0].KoperasiId))}. Yang perlu perhatian di atas.\n");
        foreach (var (row, n) in rows.Select((r, i) => (r, i + 1)))
        {
            var posted = row.PostedToday ? "lapor hari ini" : row.PostedYesterday ? "lapor kemarin" : "⚠ belum lapor 2 hari";
            text.Append($"{n}. {row.Name} ({row.KoperasiId}): {posted}; penjualan 7 hari {Say.Rupiah(row.SalesThisWeekRupiah)}");
            if (row.OutOfStock.Count > 0) text.Append($"; habis: {string.Join(", ", row.OutOfStock)}");
            if (row.AboveCeiling.Count > 0) text.Append($"; di atas HET: {string.Join(", ", row.AboveCeiling)}");
            text.Append(row.LastActivity is { } last ? $"; terakhir {Say.Date(last)}" : "; belum ada catatan").Append('\n');
        }
        text.Append($"Satu koperasi: /stok @{rows[0].KoperasiId}, /rekap @{rows[0].KoperasiId}. Satu barang: {CityExamples.Compare}");
        return new Reply(text.ToString());
    }

    private string NoSuchCity(string cityId, string example)
    {
        var known = city.Cities();
        return $"Kota \"{cityId}\" belum punya koperasi terdaftar." +
               (known.Count > 0 ? $" Kota yang ada: {string.Join(", ", known)}." : "") + $" Contoh: {example}";
    }
}
