using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/laporan (chat summary + XLSX) and /ekspor (CSV of the raw events) for a period.</summary>
public sealed class ReportHandler(BookReports reports, CashBook cash)
{
    public Reply Report(CommandContext context, Report command)
    {
        try
        {
            var period = command.Period.Resolve(reports.Today(context.KoperasiId));
            var report = reports.Build(context.KoperasiId, period);
            return new Reply($"{ReportText.Summary(report)}\nRincian (buku kas, jurnal, neraca saldo, PHU, neraca) ada di berkas terlampir.")
            {
                Attachments = [new Attachment(BooksWorkbook.FileName(report), BooksWorkbook.ContentType, BooksWorkbook.Write(report))],
            };
        }
        catch (PeriodError error)
        {
            return new Reply(error.Message);
        }
    }

    public Reply Export(CommandContext context, Export command)
    {
        try
        {
            var period = command.Period.Resolve(reports.Today(context.KoperasiId));
            var events = reports.EventsIn(context.KoperasiId, period);
            var csv = EventsCsv.Write(events, cash.ItemNames(context.KoperasiId), reports.ZoneOf(context.KoperasiId));
            return new Reply($"Ekspor {context.Cooperative.Name}, {period.Label}: {events.Count} catatan (stok dan kas), satu baris per catatan. " +
                             "Berkas CSV memakai titik koma (;) dan koma desimal, siap dibuka di Excel.")
            {
                Attachments = [new Attachment(EventsCsv.FileName(context.KoperasiId, period), EventsCsv.ContentType, csv)],
            };
        }
        catch (PeriodError error)
        {
            return new Reply(error.Message);
        }
    }
}
