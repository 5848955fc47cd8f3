using System.Security.Cryptography;
using KKMP.Bot.Channels.WebChat.DirectLine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>
/// A browser's stable user id, kept in an HttpOnly cookie protected (signed and encrypted) with
/// ASP.NET Data Protection, so a member who redeemed an invite with /gabung stays that member on
/// that browser. The keys are persisted (see <see cref="WebChatExtensions"/>) so a restart keeps identities.
/// </summary>
public sealed class WebChatIdentity(IDataProtectionProvider protection, IOptions<WebChatOptions> options, TimeProvider clock)
{
    public const string CookieName = "kkmp_webchat";
    private const string IdPrefix = "web_";

    private readonly IDataProtector _protector = protection.CreateProtector("KKMP.Bot.WebChat.Identity.v1");

    /// <summary>The browser's user id from its cookie, or a new one; the cookie is (re)written either way so it slides.</summary>
    public string Resolve(HttpContext context)
    {
        var userId = Read(context.Request.Cookies[CookieName]) ?? IdPrefix + DirectLineTokens.NewOpaqueValue()[..22];
        context.Response.Cookies.Append(CookieName, _protector.Protect(userId), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/",
            Expires = clock.GetUtcNow() + options.Value.IdentityLifetime,
        });
        return userId;
    }

    private string? Read(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
            return null;
        try
        {
            var userId = _protector.Unprotect(cookie);
            return userId.StartsWith(IdPrefix, StringComparison.Ordinal) ? userId : null;
        }
        catch (CryptographicException)
        {
            return null; // forged, corrupted or from lost keys: start a new identity
        }
    }
}
