using KKMP.Bot.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>A reply's files reach the phone: documents and photos as multipart uploads, bytes intact.</summary>
public class AttachmentTests
{
    private const long Officer = 5005;

    private sealed class FilesAssistant(params Attachment[] files) : IAssistant
    {
        public Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Reply("Ini berkasnya.") { Attachments = files });
    }

    [Fact]
    public async Task A_file_goes_as_a_document_and_a_picture_as_a_photo_with_their_bytes()
    {
        var workbook = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray(); // bigger than one network read, every byte value
        var chart = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        await using var bot = await TelegramHarness.StartAsync(services: s => s.AddSingleton<IAssistant>(new FilesAssistant(
            new Attachment("laporan-2026-11.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook),
            new Attachment("grafik.png", "image/png", chart))));

        var text = await bot.SayAsync(Officer, "tolong kirim laporannya");
        var document = (await bot.Api.WaitForCallsAsync("sendDocument")).Single();
        var photo = (await bot.Api.WaitForCallsAsync("sendPhoto")).Single();

        Assert.Equal("Ini berkasnya.", text);
        Assert.Equal(Officer, document.ChatId);
        Assert.Equal("laporan-2026-11.xlsx", document.FileName("document"));
        Assert.Equal(workbook, document.FileBytes("document"));
        Assert.Equal("grafik.png", photo.FileName("photo"));
        Assert.Equal(chart, photo.FileBytes("photo"));
        Assert.True(document.At <= photo.At, "files follow the text in the reply's order");
    }
}
