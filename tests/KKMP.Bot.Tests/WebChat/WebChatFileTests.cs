using System.Net;
using System.Text.Json.Nodes;
using KKMP.Bot.Conversation;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>Files in web chat: pictures inline, other files by a link that is the capability (bound, unguessable, expiring).</summary>
[Collection(WebChatCollection.Name)]
public class WebChatFileTests
{
    private static readonly byte[] Workbook = Enumerable.Range(0, 5_000).Select(i => (byte)(i * 7)).ToArray();
    private static readonly byte[] Chart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9];

    private sealed class FilesAssistant : IAssistant
    {
        public Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Reply("Ini berkasnya.")
            {
                Attachments = [new Attachment("laporan-2026-11.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Workbook),
                               new Attachment("grafik.png", "image/png", Chart)],
            });
    }

    [Fact]
    public async Task A_picture_is_inline_and_a_file_link_works_only_for_its_conversation_until_it_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var bot = new BotApp();
        using var app = bot.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IAssistant>(new FilesAssistant());
            s.AddSingleton<TimeProvider>(clock);
        }));
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        using var http = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        var client = new DirectLineTestClient(http);
        var session = await client.OpenPageSessionAsync();
        var other = await client.OpenPageSessionAsync();

        var id = await client.PostMessageAsync(session, "kirim laporannya");
        var reply = await client.WaitForActivityAsync(session, a => DirectLineTestClient.IsBotReplyTo(a, id));
        var attachments = reply["attachments"]!.AsArray().OfType<JsonObject>().ToList();

        var image = attachments.Single(a => (string?)a["contentType"] == "image/png");
        Assert.Equal(Chart, Convert.FromBase64String(((string)image["contentUrl"]!)["data:image/png;base64,".Length..]));

        var file = attachments.Single(a => (string?)a["name"] == "laporan-2026-11.xlsx");
        var link = (string)file["contentUrl"]!;
        Assert.StartsWith($"/webchat/files/{Uri.EscapeDataString(session.ConversationId)}/", link);
        Assert.Equal(Workbook, await http.GetByteArrayAsync(link));

        var fileId = link.Split('/')[4];
        Assert.True(fileId.Length >= 43, "256 random bits");
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(link.Replace(Uri.EscapeDataString(session.ConversationId), Uri.EscapeDataString(other.ConversationId)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(link.Replace(fileId, fileId[..^1] + (fileId[^1] == 'A' ? 'B' : 'A')))).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(link)).StatusCode);
    }
}
