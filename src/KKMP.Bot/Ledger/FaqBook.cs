using System.Globalization;
using KKMP.Bot.Knowledge.Faq;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>
/// The boards' FAQ entries, kept in the ledger and mirrored into the live <see cref="FaqIndex"/>: the
/// index is rebuilt from the ledger when the book opens, and follows each add and archive once it has
/// committed (no restart).
/// </summary>
public sealed class FaqBook
{
    public const string AdminSource = "KKMP.Bot";

    private readonly LedgerDb _db;
    private readonly TimeProvider _time;

    public FaqBook(LedgerDb db, TimeProvider time)
    {
        _db = db;
        _time = time;
        Index.AddRange(db.Faq.Find(f => f.ArchivedUtc == null).Select(ToEntry));
    }

    /// <summary>Owned by the book (the container disposes it as the registered <see cref="FaqIndex"/>).</summary>
    public FaqIndex Index { get; } = new();

    /// <summary>Stores an entry written by <paramref name="origin"/>'s user; <paramref name="koperasiId"/> null = for every cooperative.</summary>
    public WriteResult Add(WriteOrigin origin, FaqDoc doc, Func<FaqDoc, string> describe)
    {
        if (ToEntry(doc).Problem() is { } problem) return WriteResult.Rejected(problem);
        return _db.Write(origin, () =>
        {
            _db.Faq.Insert(doc);
            var entry = ToEntry(doc);
            _db.AfterCommit(() => Index.Add(entry));
            return WriteResult.Recorded(describe(doc));
        });
    }

    /// <summary>Archives entry <paramref name="id"/> when <paramref name="mayArchive"/> allows it (a pengurus: their own cooperative's).</summary>
    public WriteResult Archive(WriteOrigin origin, int id, Func<FaqDoc, bool> mayArchive, Func<FaqDoc, string> describe) =>
        _db.Write(origin, () =>
        {
            if (_db.Faq.FindById(id) is not { ArchivedUtc: null } doc || !mayArchive(doc))
                return WriteResult.Rejected($"FAQ nomor {id} tidak ada (atau sudah dihapus). Lihat nomornya dengan /faq");
            doc.ArchivedUtc = _time.GetUtcNow().UtcDateTime;
            _db.Faq.Update(doc);
            _db.AfterCommit(() => Index.Archive(Key(doc.Id)));
            return WriteResult.Recorded(describe(doc));
        });

    /// <summary>The live entries a cooperative's members get: its own and the admins', oldest first.</summary>
    public IReadOnlyList<FaqDoc> For(string koperasiId) =>
        _db.Faq.Find(f => f.ArchivedUtc == null && (f.KoperasiId == koperasiId || f.KoperasiId == null)).OrderBy(f => f.Id).ToList();

    public static FaqEntry ToEntry(FaqDoc doc) => new(Key(doc.Id), doc.KoperasiId, doc.Source, doc.Role, doc.Question, doc.Answer,
        DateOnly.TryParseExact(doc.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DateOnly.FromDateTime(doc.AddedUtc));

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
