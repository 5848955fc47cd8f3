using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.ReferencePrices;
using KKMP.Bot.Relay;

namespace KKMP.Bot.Push;

/// <summary>
/// Tells a cooperative's pengawas when a price above an official ceiling (HET) is recorded: item, price,
/// ceiling and who set it. Called inside the price's write, so the flag exists exactly when the price does
/// (a confirmed price is written, and flagged, when the YA arrives).
/// </summary>
public sealed class PriceFlags(LedgerDb db, Notices notices, PushPreferences preferences, CooperativeDirectory cooperatives)
{
    public void Raise(WriteOrigin origin, ItemDoc item, long pricePerBaseUnit, AppliedReferencePrice ceiling)
    {
        var zone = cooperatives.TimeZoneOf(origin.KoperasiId);
        var author = UserDoc.KeyOf(origin.Channel, origin.UserId);
        var setBy = db.Users.FindById(author) is { } user
            ? $"{user.DisplayName ?? $"pengguna {origin.Channel} {origin.UserId}"} ({user.Role.ToString().ToLowerInvariant()})"
            : $"pengguna {origin.Channel} {origin.UserId}";
        var text = $"{LocalClock.Stamp(db.Time.GetUtcNow(), zone)}\n" +
                   $"Harga {item.Name.ToLowerInvariant()} dicatat {IndonesianFormat.Rupiah(pricePerBaseUnit)}/{item.BaseUnit}, {ceiling.Breach}.\n" +
                   $"Dicatat oleh {setBy}.\n" +
                   $"Matikan pesan ini: /pengingat mati {PushKindInfo.Of(PushKind.PriceFlag).Word}";
        foreach (var pengawas in db.Users.Find(u => u.KoperasiId == origin.KoperasiId && u.Role == Role.Pengawas))
            if (pengawas.Id != author && preferences.Wants(pengawas.Id, pengawas.Role, PushKind.PriceFlag) && !preferences.IsUnreachable(pengawas.Id))
                notices.Queue(pengawas.Id, text);
    }
}
