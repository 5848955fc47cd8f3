using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>What the page shows about the deployment.</summary>
public sealed class WebChatPageModel(IOptions<WebChatOptions> options)
{
    public const string DefaultCooperativeName = "Koperasi Desa Merah Putih";

    public string CooperativeName =>
        string.IsNullOrWhiteSpace(options.Value.CooperativeName) ? DefaultCooperativeName : options.Value.CooperativeName.Trim();
}
