using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Relay;

namespace KKMP.Bot.Push;

/// <summary>
/// Right after a movement takes an item below its minimum (<see cref="LowStock.Is"/>, the one rule), tells the
/// cooperative's pengelola and pengurus, once per crossing: a later sale while already below says nothing.
/// Queued inside the movement's write, so the alert exists exactly when the movement does.
/// </summary>
public sealed class LowStockAlerts(LedgerDb db, Notices notices, PushPreferences preferences, CooperativeDirectory cooperatives) : IStockWatcher
{
    public void Moved(WriteOrigin origin, ItemDoc item, decimal stockBefore)
    {
        if (LowStock.Is(stockBefore, item.LowStockLevel) || !LowStock.Is(item.Stock, item.LowStockLevel)) return;
        var author = UserDoc.KeyOf(origin.Channel, origin.UserId); // sees the stock in their own reply
        var zone = cooperatives.TimeZoneOf(origin.KoperasiId);
        var text = $"{LocalClock.Stamp(db.Time.GetUtcNow(), zone)}\n{item.Name} tinggal {Say.Quantity(item.Stock, item.BaseUnit)}, " +
                   $"di bawah batas {Say.Quantity(item.LowStockLevel!.Value, item.BaseUnit)}.\n" +
                   $"Matikan pesan ini: /pengingat mati {PushKindInfo.Of(PushKind.LowStock).Word}";
        foreach (var user in db.Users.Find(u => u.KoperasiId == origin.KoperasiId))
            if (user.Id != author && preferences.Wants(user.Id, user.Role, PushKind.LowStock) && !preferences.IsUnreachable(user.Id))
                notices.Queue(user.Id, text);
    }
}
