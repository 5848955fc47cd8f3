using ClosedXML.Excel;
using KKMP.Bot.Books;
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

    [Fact]
    public async Task A_manager_asks_for_the_report_and_gets_the_xlsx_of_the_ledger()
    {
        const long Manager = 6006;
        await using var bot = await TelegramHarness.StartAsync();
        await bot.MakeManagerAsync(Manager);
        await bot.SayAsync(Manager, "/kas awal 1jt");
        await bot.SayAsync(Manager, "/jual gula 2 kg");

        var summary = await bot.SayAsync(Manager, "/laporan hari ini");
        var document = (await bot.Api.WaitForCallsAsync("sendDocument")).Single();

        Assert.Contains("Penjualan: Rp35.000 (1 transaksi)", summary);
        Assert.Matches(@"^laporan-demo-\d{4}-\d{2}-\d{2}\.xlsx$", document.FileName("document"));
        using var workbook = new XLWorkbook(new MemoryStream(document.FileBytes("document")!));
        var cash = bot.App.Services.GetRequiredService<CashBook>().Balance("demo");
        Assert.Equal(1_035_000, cash);
        var book = workbook.Worksheet("Buku Kas");
        Assert.Equal(cash, book.Cell(book.LastRowUsed()!.RowNumber(), 6).GetValue<long>());
    }
}
