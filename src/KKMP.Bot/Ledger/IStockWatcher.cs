using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>Told of every movement inside its write (under the cooperative's lock), with the item's stock before it.</summary>
public interface IStockWatcher
{
    void Moved(WriteOrigin origin, ItemDoc item, decimal stockBefore);
}
