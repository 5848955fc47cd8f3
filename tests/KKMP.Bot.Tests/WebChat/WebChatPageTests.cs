using System.Net;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.WebChat;

[Collection(WebChatCollection.Name)]
public class WebChatPageTests
{
    [Fact]
    public async Task The_page_is_Indonesian_names_the_cooperative_and_serves_the_Web_Chat_bundle_from_this_host()
    {
        using var app = new BotApp();
        using var http = app.CreateNetworkClient();

        var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"id\">", html);
        Assert.Contains("Koperasi Demo Merah Putih (DEMO)", html); // the default cooperative from the ledger
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("/lib/botframework-webchat/webchat.js", html);
        var bundle = await http.GetAsync("/lib/botframework-webchat/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000, "the full Web Chat bundle");
    }

    [Fact]
    public async Task A_configured_name_is_shown_html_encoded()
    {
        using var app = new BotApp(new Dictionary<string, string?> { ["WebChat:CooperativeName"] = "KKMP <Sukamaju> & Co" });
        using var http = app.CreateNetworkClient();

        var html = await http.GetStringAsync("/");

        Assert.Contains("KKMP &lt;Sukamaju&gt; &amp; Co", html);
        Assert.DoesNotContain("<Sukamaju>", html);
    }

    [Fact]
    public async Task A_returning_browser_keeps_its_identity_through_a_signed_http_only_cookie()
    {
        using var app = new BotApp();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = app.BaseAddress };

        var first = await DirectLineTestClient.ReadJsonAsync(await browser.PostAsync("/webchat/token", null));
        var second = await DirectLineTestClient.ReadJsonAsync(await browser.PostAsync("/webchat/token", null));
        var cookie = cookies.GetCookies(app.BaseAddress).Single(c => c.Name == "kkmp_webchat");

        Assert.Equal((string?)first["userId"], (string?)second["userId"]);
        Assert.NotEqual((string?)first["conversationId"], (string?)second["conversationId"]);
        Assert.True(cookie.HttpOnly);
        Assert.DoesNotContain((string)first["userId"]!, cookie.Value); // protected, not the bare id

        // A tampered cookie is not trusted: the browser gets a new identity.
        cookie.Value = cookie.Value[..^4] + "AAAA";
        var tampered = await DirectLineTestClient.ReadJsonAsync(await browser.PostAsync("/webchat/token", null));
        Assert.NotEqual((string?)first["userId"], (string?)tampered["userId"]);
    }

    [Fact]
    public async Task Identities_survive_a_restart_because_the_keys_are_kept_on_disk()
    {
        var keys = Directory.CreateTempSubdirectory("kkmp-keys-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["WebChat:KeysPath"] = keys };
            string userId, cookie;
            using (var before = new BotApp(settings))
            {
                var response = await before.CreateNetworkClient().PostAsync("/webchat/token", null);
                userId = (string)(await DirectLineTestClient.ReadJsonAsync(response))["userId"]!;
                cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
            }

            using var after = new BotApp(settings);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
            request.Headers.Add("Cookie", cookie);
            var again = await DirectLineTestClient.ReadJsonAsync(await after.CreateNetworkClient().SendAsync(request));

            Assert.Equal(userId, (string?)again["userId"]);
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
        }
    }
}
