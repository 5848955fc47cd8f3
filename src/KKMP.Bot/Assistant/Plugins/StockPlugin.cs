using System.ComponentModel;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant.Plugins;

/// <summary>
/// Read-only stock of the asker's cooperative. Only registered for pengawas and up, and checks
/// the role again itself, so a member can never read stock even if the function were reachable.
/// </summary>
public sealed class StockPlugin(IShopReader shop, Asker asker)
{
    public const string Name = "Stock";
    public const Role MinimumRole = Role.Pengawas;

    public static bool IsAllowed(Asker asker) => asker.Role >= MinimumRole;

    [KernelFunction("read_stock"), Description("Sisa stok barang di gerai koperasi penanya (hanya baca; untuk pengawas, pengelola, pengurus).")]
    public StockResult ReadStock()
    {
        if (!IsAllowed(asker))
            return new StockResult(ShopStatus.NotAllowed, null, []);
        if (asker.KoperasiId is not { } koperasiId)
            return new StockResult(ShopStatus.NotLinked, null, []);
        var stock = shop.ListStock(koperasiId)
            .Select(s => new StockView(s.ItemName, s.Unit, s.Quantity, LowStock.Is(s.Quantity, s.LowStockLevel)))
            .ToList();
        return new StockResult(stock.Count > 0 ? ShopStatus.Ok : ShopStatus.NotFound, shop.GetCooperative(koperasiId)?.Name, stock);
    }
}
