using System.Net;
using KKMP.Bot.Tests.Fakes.TelegramBotApi;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>Webhook mode: setWebhook on start, the secret header checked, updates handled once.</summary>
public class WebhookTests
{
    private const long Manager = 2002, Member = 3003;

    [Fact]
    public async Task Start_sets_the_webhook_with_secret_and_allowed_updates_and_never_polls()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);

        var setWebhook = (await bot.Api.WaitForCallsAsync("setWebhook")).Single();
        await bot.SayAsync(Member, "/harga");

        Assert.Equal(TelegramHarness.WebhookUrl, setWebhook.Parameters["url"]!.GetValue<string>());
        Assert.Equal(TelegramHarness.Secret, setWebhook.Parameters["secret_token"]!.GetValue<string>());
        var allowed = setWebhook.Parameters["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()).ToList();
        Assert.Contains("message", allowed);
        Assert.Contains("callback_query", allowed);
        Assert.Empty(bot.Api.CallsOf("getUpdates"));
    }

    [Fact]
    public async Task Valid_secret_is_processed()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);

        var answer = await bot.SayAsync(Member, "harga beras berapa?");

        Assert.Contains("Rp12.500/kg", answer);
    }

    [Fact]
    public async Task Missing_or_wrong_secret_is_refused_and_records_nothing()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);
        await bot.MakeManagerAsync(Manager);
        var sentBefore = TelegramHarness.MessagesTo(bot.Api.Calls, Manager).Count;

        var missing = await bot.PostWebhookAsync(bot.Updates.Text(Manager, "/jual beras 5 kg"), secret: null);
        var wrong = await bot.PostWebhookAsync(bot.Updates.Text(Manager, "/jual beras 5 kg"), secret: "tebakan-salah");
        var almost = await bot.PostWebhookAsync(bot.Updates.Text(Manager, "/jual beras 5 kg"), secret: TelegramHarness.Secret + "x");
        // One chat's updates are handled in order, so once this reply is there, anything accepted before it would be too.
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.Forbidden, wrong);
        Assert.Equal(HttpStatusCode.Forbidden, almost);
        Assert.Matches(@"Beras\D*100 kg", stock);
        Assert.Equal(sentBefore + 1, TelegramHarness.MessagesTo(bot.Api.Calls, Manager).Count);
    }

    [Fact]
    public async Task The_same_update_delivered_twice_records_one_sale()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);
        await bot.MakeManagerAsync(Manager);
        var sale = bot.Updates.Text(Manager, "/jual beras 2 kg");

        var first = await bot.SendAsync(sale);
        Assert.Equal(HttpStatusCode.OK, await bot.PostWebhookAsync(sale)); // Telegram redelivers after a timeout
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Contains("Tercatat", first[0].Text);
        Assert.Matches(@"Beras\D*98 kg", stock);
    }

    [Fact]
    public async Task The_same_message_under_a_new_update_id_is_still_recorded_once_by_the_ledger()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);
        await bot.MakeManagerAsync(Manager);
        var sale = bot.Updates.Text(Manager, "/jual beras 2 kg");
        var copy = sale.DeepClone().AsObject();
        copy["update_id"] = sale["update_id"]!.GetValue<int>() + 1000; // e.g. after the dedupe window expired

        await bot.SendAsync(sale);
        var again = await bot.SendAsync(copy);
        var stock = await bot.SayAsync(Manager, "/stok");

        Assert.Contains("sudah tercatat", again[0].Text);
        Assert.Matches(@"Beras\D*98 kg", stock);
    }

    [Fact]
    public async Task Malformed_body_with_the_right_secret_is_a_bad_request()
    {
        await using var bot = await TelegramHarness.StartAsync(webhook: true);
        using var client = bot.App.CreateNetworkClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(KKMP.Bot.Channels.Telegram.WebhookSecret.HeaderName, TelegramHarness.Secret);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_nothing_telegram_starts()
    {
        var api = await FakeBotApiServer.StartAsync();
        await using var _ = api;
        using var app = new Infrastructure.BotApp(new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = api.BaseUrl, ["Telegram:WebhookUrl"] = TelegramHarness.WebhookUrl });
        using var client = app.CreateNetworkClient();

        var health = await client.GetAsync("/healthz");
        var webhook = await client.PostAsync("/telegram/webhook", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        Assert.Empty(api.Calls);
    }
}
