using System.ComponentModel;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant.Plugins;

/// <summary>Read-only prices of the asker's own cooperative shop. Bound to one <see cref="Asker"/> per answer.</summary>
public sealed class PricesPlugin(IShopReader shop, Asker asker, TurnEvidence evidence)
{
    public const string Name = "Prices";

    [KernelFunction("get_price"), Description("Harga satu barang di gerai koperasi penanya (hanya baca).")]
    public PriceResult GetPrice(
        [Description("Nama barang, misalnya \"beras\", \"minyak goreng\", \"gula\".")] string item)
    {
        if (asker.KoperasiId is not { } koperasiId)
            return new PriceResult(ShopStatus.NotLinked, item, null, []);
        var lookup = shop.FindPrice(koperasiId, item);
        if (lookup.Match is { } match)
        {
            evidence.AddPrices([match.PriceRupiah]);
            return new PriceResult(ShopStatus.Ok, item, View(match), []);
        }
        return new PriceResult(lookup.Candidates.Count > 0 ? ShopStatus.Ambiguous : ShopStatus.NotFound, item, null, lookup.Candidates);
    }

    [KernelFunction("list_prices"), Description("Daftar semua harga barang di gerai koperasi penanya (hanya baca).")]
    public PriceListResult ListPrices()
    {
        if (asker.KoperasiId is not { } koperasiId)
            return new PriceListResult(ShopStatus.NotLinked, null, []);
        var prices = shop.ListPrices(koperasiId).Select(View).ToList();
        evidence.AddPrices(prices.Select(p => p.PriceRupiah));
        return new PriceListResult(prices.Count > 0 ? ShopStatus.Ok : ShopStatus.NotFound, shop.GetCooperative(koperasiId)?.Name, prices);
    }

    private static PriceView View(PriceLine line) => new(line.ItemName, line.Unit, line.PriceRupiah, line.Since);
}
