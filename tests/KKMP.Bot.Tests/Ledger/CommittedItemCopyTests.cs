using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Ledger;

public class CommittedItemCopyTests
{
    /// <summary>The write cache copies items by hand (fast): a new item field it forgets would be lost on the next write.</summary>
    [Fact]
    public void A_copy_keeps_every_item_property()
    {
        var item = new ItemDoc
        {
            Id = 7, KoperasiId = "k", Name = "Beras", BaseUnit = "kg", Aliases = ["b"], Packing = new() { ["karung"] = 25 },
            LowStockLevel = 5, PriceRupiah = 12_500, PriceSinceUtc = new DateTime(2026, 1, 2), Stock = 3, Commodity = "beras-medium",
        };
        var properties = typeof(ItemDoc).GetProperties();
        Assert.All(properties, p => Assert.NotEqual(p.PropertyType.IsValueType ? Activator.CreateInstance(p.PropertyType) : null, p.GetValue(item)));

        var copy = CommittedItems.Copy(item);

        Assert.All(properties, p => Assert.Equivalent(p.GetValue(item), p.GetValue(copy)));
    }
}
