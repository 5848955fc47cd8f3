using System.Text;
using KKMP.Bot.Commands.Naming;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge.Unanswered;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>"Teruskan ke pengurus", /jawab N and /pertanyaan: questions the bot could not answer, taken to a person.</summary>
public sealed class RelayHandler(QuestionRelay relay, RelayDrafts drafts, IUnansweredQuestionLog unanswered, FaqBook faq, FaqHandler faqs, TimeProvider time)
{
    public const int Days = 30;

    public Reply Forward(CommandContext context, ForwardQuestion forward)
    {
        var key = context.Asker.ConversationKey(context.Message.ChatId);
        var question = string.IsNullOrWhiteSpace(forward.Text) ? drafts.Last(key) : forward.Text;
        if (question is null)
            return new Reply($"Tidak ada pertanyaan yang bisa diteruskan. Tulis pertanyaannya, contoh: {BoardExamples.ForwardText}");
        var result = relay.Relay(context.Origin, context.KoperasiId, $"seorang {Permissions.Name(context.Asker.Role)} {context.Cooperative.Name}", question,
            q => $"Pertanyaan #{q.Id} dari {q.From}, diteruskan lewat bot:\n«{VisibleText.Escape(q.Text)}»\n\n" +
                 $"Balas: /jawab {q.Id} <jawaban>\nBalas dan simpan sebagai FAQ: /jawab {q.Id} simpan <jawaban>",
            q => $"Pertanyaan Anda sudah diteruskan ke pengurus {context.Cooperative.Name} (tanpa nama atau nomor Anda). " +
                 "Jawabannya akan dikirim ke sini.");
        if (result.Status == WriteStatus.Recorded) drafts.Forget(key);
        return Replies.From(result);
    }

    public Reply Answer(CommandContext context, AnswerQuestion answer)
    {
        var scope = context.Asker.Role == Role.Admin ? null : context.KoperasiId;
        var result = relay.Answer(context.Origin, answer.Number, scope,
            q => $"Jawaban pengurus {context.Cooperative.Name} atas pertanyaan Anda:\n«{VisibleText.Escape(q.Text)}»\n\n{answer.Text}",
            q => $"Jawaban untuk pertanyaan #{q.Id} dikirim ke penanya.");
        if (result.Status != WriteStatus.Recorded || !answer.Save) return Replies.From(result);

        // The answer is delivered whatever happens to the FAQ entry; a second message id keeps both writes idempotent.
        var question = relay.Find(answer.Number)!;
        var origin = context.Origin with { MessageId = context.Message.MessageId + "#faq" };
        var saved = faq.Add(origin, faqs.NewEntry(context, question.Text, answer.Text), FaqHandler.Added);
        return new Reply($"{result.Text}\n{(saved.Status == WriteStatus.Rejected ? "FAQ tidak disimpan: " : "")}{saved.Text}");
    }

    public Reply List(CommandContext context)
    {
        var top = unanswered.MostFrequent(context.KoperasiId, time.GetUtcNow().AddDays(-Days));
        var open = relay.Open(context.KoperasiId);
        var text = new StringBuilder();
        text.Append(top.Count == 0
            ? $"Tidak ada pertanyaan tak terjawab di {context.Cooperative.Name} dalam {Days} hari terakhir."
            : $"Pertanyaan yang paling sering tidak terjawab di {context.Cooperative.Name} ({Days} hari terakhir):");
        for (var i = 0; i < top.Count; i++) text.Append($"\n{i + 1}. «{VisibleText.Escape(top[i].Text)}» — {top[i].Count}×");
        if (top.Count > 0) text.Append($"\nJawab untuk semua anggota: {BoardExamples.FaqAdd}");
        if (open.Count > 0)
        {
            text.Append("\n\nDiteruskan ke pengurus, belum dijawab:");
            foreach (var q in open) text.Append($"\n#{q.Id} «{VisibleText.Escape(q.Text)}» ({q.AskedUtc:yyyy-MM-dd})");
            text.Append($"\nJawab: {BoardExamples.Answer}");
        }
        return new Reply(text.ToString());
    }
}
