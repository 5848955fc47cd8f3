using System.ComponentModel;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant.Plugins;

/// <summary>Describes the asker's own cooperative and their role in it (read-only).</summary>
public sealed class CooperativePlugin(IShopReader shop, Asker asker)
{
    public const string Name = "Cooperative";

    [KernelFunction("describe"), Description("Nama, desa/kelurahan, kota dan zona waktu koperasi penanya, serta peran penanya.")]
    public CooperativeResult Describe()
    {
        var role = RoleNames.Of(asker.Role);
        if (asker.KoperasiId is not { } koperasiId || shop.GetCooperative(koperasiId) is not { } info)
            return new CooperativeResult(ShopStatus.NotLinked, null, null, null, null, role);
        return new CooperativeResult(ShopStatus.Ok, info.Name, info.Village, info.City, info.TimeZone, role);
    }
}

public static class RoleNames
{
    public static string Of(Role role) => role.ToString().ToLowerInvariant();
}
