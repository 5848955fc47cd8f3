namespace KKMP.Bot.Hosting.Security;

/// <summary>
/// With a public URL configured (Telegram:WebhookUrl), only requests naming that host (or this machine,
/// for health probes, metrics and the backup verb) are served: a DNS-rebinding page that points its own
/// name at the server cannot open the web chat WebSocket, because its Host header is its own name.
/// An explicit AllowedHosts other than "*" is left as configured.
/// </summary>
public static class AllowedHostsFromPublicUrl
{
    public static WebApplicationBuilder RestrictHostsToPublicUrl(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["AllowedHosts"];
        if (!string.IsNullOrWhiteSpace(configured) && configured.Trim() != "*") return builder;
        if (!Uri.TryCreate(builder.Configuration["Telegram:WebhookUrl"], UriKind.Absolute, out var publicUrl)) return builder;
        builder.Configuration["AllowedHosts"] = $"{publicUrl.IdnHost};localhost;127.0.0.1;[::1]";
        return builder;
    }
}
