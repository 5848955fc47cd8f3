using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>FAQ text is the board's own typing: in web chat it renders as the plain text it is, never as markup.</summary>
[Collection(WebChatCollection.Name)]
public class FaqEscapingTests
{
    [Fact]
    public async Task An_faq_answer_with_markup_is_escaped_in_web_chat()
    {
        using var app = new BotApp();
        var client = new DirectLineTestClient(app.CreateNetworkClient());
        var session = await client.OpenPageSessionAsync();
        app.Services.GetRequiredService<UserDirectory>().Assign(ChannelNames.WebChat, session.UserId, DemoSeed.KoperasiId, Role.Pengurus);

        var added = await client.PostMessageAsync(session, "/faq tambah \"Gerai buka jam berapa?\" \"<img src=x onerror=alert(1)> buka jam *7* [pagi](http://x)\"");
        await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, added));
        var asked = await client.PostMessageAsync(session, "gerai buka jam berapa?");
        var reply = (string)(await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, asked)))["text"]!;

        Assert.Contains(@"\<img src=x onerror=alert(1)\> buka jam \*7\* \[pagi\](http://x)", reply);
        Assert.DoesNotMatch(@"(?<!\\)<img", reply); // no bracket that markdown-it would read as HTML
    }
}
