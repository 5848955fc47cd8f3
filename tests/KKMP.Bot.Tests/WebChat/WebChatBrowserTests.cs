using System.Text.RegularExpressions;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>Microsoft's Web Chat, served by the host, in real headless Chromium against our Direct Line endpoints.</summary>
[Collection(WebChatCollection.Name)]
public class WebChatBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly float Timeout = 30_000;

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Typing_harga_shows_the_price_list_rendered_by_Web_Chat(string mode)
    {
        using var app = new BotApp();
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 900, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        var sockets = new List<string>();
        var polls = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) => { if (request.Url.Contains("/activities?watermark=")) polls.Add(request.Url); };

        await page.GotoAsync(new Uri(app.BaseAddress, mode == "polling" ? "/?ws=0" : "/").ToString());
        var chat = page.Locator("#webchat");
        await Expect(Rendered(chat, "Selamat datang di asisten Koperasi Demo Merah Putih (DEMO)")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Koperasi Demo Merah Putih (DEMO)");

        var input = chat.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("/harga");
        await input.PressAsync("Enter");

        await Expect(Rendered(chat, "Harga di Koperasi Demo Merah Putih (DEMO):")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(Rendered(chat, new Regex("Beras.*Rp12\\.500"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(Rendered(chat, new Regex("Minyak Goreng.*Rp15\\.700"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(chat.Locator(".webchat__bubble--from-user").GetByText("/harga")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.ArtifactPath($"harga-{mode}.png") });

        Assert.Equal(mode, await chat.GetAttributeAsync("data-mode"));
        if (mode == "websocket")
        {
            Assert.Contains(sockets, url => url.Contains("/v3/directline/conversations/") && url.Contains("/stream?t="));
            Assert.Empty(polls);
        }
        else
        {
            Assert.Empty(sockets);
            Assert.NotEmpty(polls);
        }
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Clicking_a_suggested_starter_asks_a_regulation_question_answered_with_its_Pasal(string mode)
    {
        using var app = new BotApp();
        var (page, chat, problems) = await OpenAsync(app, mode);
        var starter = chat.Locator(".webchat__suggested-action", new() { HasText = "Tanya aturan koperasi" });
        await Expect(starter).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(chat.Locator(".webchat__suggested-action", new() { HasText = "Harga hari ini" })).ToBeVisibleAsync();
        await Expect(chat.Locator(".webchat__suggested-action", new() { HasText = "Bantuan" })).ToBeVisibleAsync();

        await starter.ClickAsync();

        await Expect(chat.Locator(".webchat__bubble--from-user").GetByText("mendirikan koperasi primer")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(Rendered(chat, new Regex("UU 25/1992 Pasal 6 ayat \\(1\\)"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(Rendered(chat, new Regex("paling sedikit oleh 9 \\(sembilan\\) orang"))).ToBeVisibleAsync();
        await Expect(starter).ToBeHiddenAsync(); // suggested actions show only under the last bot message
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_typed_regulation_question_is_answered_with_a_Pasal_citation(string mode)
    {
        using var app = new BotApp();
        var (page, chat, problems) = await OpenAsync(app, mode);
        await Expect(Rendered(chat, new Regex("Selamat datang"))).ToBeVisibleAsync(new() { Timeout = Timeout });

        var input = chat.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("kapan RAT harus diadakan?");
        await input.PressAsync("Enter");

        await Expect(Rendered(chat, new Regex("UU 25/1992 Pasal 26"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(Rendered(chat, new Regex("Rapat Anggota dilakukan paling sedikit sekali dalam 1 \\(satu\\) tahun"))).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.ArtifactPath($"aturan-{mode}.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_chart_asked_for_by_a_manager_arrives_as_a_picture_in_the_page(string mode)
    {
        using var app = new BotApp();
        var invite = app.Services.GetRequiredService<Invites>().Mint(
            new WriteOrigin(DemoSeed.KoperasiId, "test", "test", "admin", $"invite-{mode}", "/undang pengelola"), Role.Pengelola, i => i.Id);
        var (page, chat, problems) = await OpenAsync(app, mode);
        await Expect(Rendered(chat, new Regex("Selamat datang"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        var input = chat.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync($"/gabung {invite.Text}");
        await input.PressAsync("Enter");
        await Expect(Rendered(chat, new Regex("Selamat bergabung .* sebagai pengelola"))).ToBeVisibleAsync(new() { Timeout = Timeout });

        await input.FillAsync("/grafik stok beras");
        await input.PressAsync("Enter");

        var picture = chat.GetByRole(AriaRole.Img, new() { Name = "grafik-stok-beras.png" });
        await Expect(picture).ToBeVisibleAsync(new() { Timeout = Timeout });
        // Decoded by the browser, at the size the chart was drawn (800 × 500): the bytes arrived whole.
        Assert.Equal(800, await picture.EvaluateAsync<int>("img => img.naturalWidth"));
        Assert.Equal(500, await picture.EvaluateAsync<int>("img => img.naturalHeight"));
        Assert.Equal("contain", await picture.EvaluateAsync<string>("img => getComputedStyle(img).objectFit")); // shown whole, not cropped
        await page.ScreenshotAsync(new() { Path = Chromium.ArtifactPath($"grafik-{mode}.png"), FullPage = true });
        Assert.Empty(problems);
    }

    private async Task<(IPage Page, ILocator Chat, List<string> Problems)> OpenAsync(BotApp app, string mode)
    {
        var context = await chromium.Browser.NewContextAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 900, Height = 1000 } });
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        await page.GotoAsync(new Uri(app.BaseAddress, mode == "polling" ? "/?ws=0" : "/").ToString());
        return (page, page.Locator("#webchat"), problems);
    }

    /// <summary>Console errors (CSP violations, failed requests, script errors) the page produced.</summary>
    private static List<string> WatchForProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };
        return problems;
    }

    /// <summary>Text inside a rendered message bubble (Web Chat also keeps screen-reader copies of each message).</summary>
    private static ILocator Rendered(ILocator chat, string text) => chat.Locator(".webchat__bubble__content").GetByText(text);

    private static ILocator Rendered(ILocator chat, Regex text) => chat.Locator(".webchat__bubble__content").GetByText(text);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
