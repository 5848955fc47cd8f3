using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>What the page shows about the deployment: the configured name, else the default cooperative's.</summary>
public sealed class WebChatPageModel(IOptions<WebChatOptions> options, IdentityResolver identities, IShopReader shop)
{
    public const string FallbackCooperativeName = "Koperasi Desa Merah Putih";

    public string CooperativeName
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.CooperativeName))
                return options.Value.CooperativeName.Trim();
            var id = identities.DefaultKoperasiId();
            return (id is null ? null : shop.GetCooperative(id)?.Name) ?? FallbackCooperativeName;
        }
    }
}
