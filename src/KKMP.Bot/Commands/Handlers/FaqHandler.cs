using System.Globalization;
using System.Text;
using KKMP.Bot.Commands.Naming;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/faq, /faq tambah, /faq hapus: a board's own answers, found by the same search as the regulations.</summary>
public sealed class FaqHandler(FaqBook book, CooperativeDirectory cooperatives, TimeProvider time)
{
    private const int ListedAnswerLength = 120;

    public Reply List(CommandContext context)
    {
        var entries = book.For(context.KoperasiId);
        if (entries.Count == 0)
            return new Reply($"Belum ada FAQ untuk {context.Cooperative.Name}. Pengurus bisa menambah: {BoardExamples.FaqAdd}");
        var text = new StringBuilder($"FAQ {context.Cooperative.Name} ({entries.Count}):");
        foreach (var entry in entries)
        {
            var answer = entry.Answer.Length > ListedAnswerLength ? entry.Answer[..ListedAnswerLength] + "…" : entry.Answer;
            text.Append(CultureInfo.InvariantCulture, $"\n\n{entry.Id}. {VisibleText.Escape(entry.Question)}\n{VisibleText.Escape(answer)}\n— {FaqBook.ToEntry(entry).Citation}");
        }
        if (context.Asker.Role is Role.Pengurus or Role.Admin) text.Append("\n\nHapus satu: /faq hapus N");
        return new Reply(text.ToString());
    }

    public Reply Add(CommandContext context, FaqAdd add) =>
        Replies.From(book.Add(context.Origin, NewEntry(context, add.Question, add.Answer), Added));

    public Reply Archive(CommandContext context, FaqArchive archive) =>
        Replies.From(book.Archive(context.Origin, archive.Number,
            doc => context.Asker.Role == Role.Admin || doc.KoperasiId == context.KoperasiId,
            doc => $"FAQ nomor {doc.Id} (\"{doc.Question}\") diarsipkan: tidak dipakai lagi untuk menjawab."));

    /// <summary>An entry by the asker: an admin's is for every cooperative, a pengurus' for their own.</summary>
    public FaqDoc NewEntry(CommandContext context, string question, string answer)
    {
        var isAdmin = context.Asker.Role == Role.Admin;
        var zone = cooperatives.TimeZoneOf(context.KoperasiId);
        var now = time.GetUtcNow();
        return new FaqDoc
        {
            KoperasiId = isAdmin ? null : context.KoperasiId,
            Source = isAdmin ? FaqBook.AdminSource : context.Cooperative.Name,
            Role = isAdmin ? "admin" : "pengurus",
            Question = question.Trim(), Answer = answer.Trim(),
            Date = TimeZoneInfo.ConvertTime(now, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AddedUtc = now.UtcDateTime,
        };
    }

    public static string Added(FaqDoc doc) =>
        $"Tercatat: FAQ nomor {doc.Id} untuk {(doc.KoperasiId is null ? "semua koperasi" : doc.Source)}. " +
        $"Pertanyaan serupa kini dijawab dengan kutipan {FaqBook.ToEntry(doc).Citation}.";
}
