using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Relay;

/// <summary>
/// Relays a question through the bot to a cooperative's pengurus and the answer back to the asker,
/// without either side seeing the other's number or id. Rate-limited per asker. The recipients are the
/// users with role pengurus of that cooperative, reached on the channel they talk to the bot on
/// (<see cref="Notices"/>). Shared by "Teruskan ke pengurus" and any other person-to-board message.
/// </summary>
public sealed class QuestionRelay(LedgerDb db, Notices notices, TimeProvider time)
{
    public const int PerHour = 3;
    public const int MaxTextLength = 1000;

    /// <summary>Stores question and notices in one write (<paramref name="origin"/>'s user is the asker).</summary>
    /// <param name="from">How the board is told who asks, e.g. "seorang anggota KKMP Sukamaju": never a name or a number.</param>
    /// <param name="toBoard">The notice each pengurus gets, given the stored question (its Id is the N of /jawab N).</param>
    /// <param name="fromKoperasiId">The sender's cooperative when one cooperative writes to another (answered with /balas).</param>
    /// <param name="overLimit">The refusal once the sender has used up the hour (the default speaks of questions).</param>
    public WriteResult Relay(WriteOrigin origin, string toKoperasiId, string from, string text,
        Func<RelayedQuestionDoc, string> toBoard, Func<RelayedQuestionDoc, string> describe, string? fromKoperasiId = null, string? overLimit = null)
    {
        text = text.Trim();
        if (text.Length == 0) return WriteResult.Rejected("Pertanyaannya kosong.");
        if (text.Length > MaxTextLength) return WriteResult.Rejected($"Pertanyaan paling panjang {MaxTextLength} huruf.");
        var asker = UserDoc.KeyOf(origin.Channel, origin.UserId);
        return db.Write(origin, () =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var hourAgo = now.AddHours(-1);
            if (db.RelayedQuestions.Count(r => r.Asker == asker && r.AskedUtc > hourAgo) >= PerHour)
                return WriteResult.Rejected(overLimit ?? $"Anda sudah meneruskan {PerHour} pertanyaan dalam satu jam terakhir. Coba lagi nanti, atau tanyakan langsung di rapat.");
            var board = BoardOf(toKoperasiId);
            if (board.Count == 0)
                return WriteResult.Rejected("Belum ada pengurus koperasi ini yang terdaftar di bot, jadi pertanyaan belum bisa diteruskan. Tanyakan langsung ke pengurus.");
            var question = new RelayedQuestionDoc { KoperasiId = toKoperasiId, Asker = asker, From = from, FromKoperasiId = fromKoperasiId, Text = text, AskedUtc = now };
            db.RelayedQuestions.Insert(question);
            foreach (var member in board) notices.Queue(member.Id, toBoard(question));
            return WriteResult.Recorded(describe(question));
        });
    }

    /// <summary>Answers question <paramref name="id"/> of <paramref name="koperasiId"/> (null: any, for an admin); the asker gets <paramref name="toAsker"/>.</summary>
    public WriteResult Answer(WriteOrigin origin, int id, string? koperasiId, Func<RelayedQuestionDoc, string> toAsker, Func<RelayedQuestionDoc, string> describe) =>
        db.Write(origin, () =>
        {
            if (db.RelayedQuestions.FindById(id) is not { } question || (koperasiId is not null && question.KoperasiId != koperasiId))
                return WriteResult.Rejected($"Pertanyaan #{id} tidak ada. Lihat nomor pertanyaan yang belum dijawab dengan /pertanyaan");
            if (question.AnsweredUtc is { } answered)
                return WriteResult.Rejected($"Pertanyaan #{id} sudah dijawab ({answered:yyyy-MM-dd HH:mm} UTC). Lihat yang belum dijawab dengan /pertanyaan");
            question.AnsweredUtc = time.GetUtcNow().UtcDateTime;
            question.AnsweredBy = UserDoc.KeyOf(origin.Channel, origin.UserId);
            db.RelayedQuestions.Update(question);
            notices.Queue(question.Asker, toAsker(question));
            return WriteResult.Recorded(describe(question));
        });

    public RelayedQuestionDoc? Find(int id) => db.RelayedQuestions.FindById(id);

    /// <summary>Relayed questions of a cooperative not answered yet, oldest first.</summary>
    public IReadOnlyList<RelayedQuestionDoc> Open(string koperasiId) =>
        db.RelayedQuestions.Find(r => r.KoperasiId == koperasiId && r.AnsweredUtc == null).OrderBy(r => r.Id).ToList();

    private List<UserDoc> BoardOf(string koperasiId) =>
        db.Users.Find(u => u.KoperasiId == koperasiId && u.Role == Role.Pengurus).ToList();
}
