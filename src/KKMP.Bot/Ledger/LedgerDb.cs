using System.Collections.Concurrent;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process (two instances on one file read stale data)
/// and its collections. All writes go through <see cref="Write"/>: one lock per cooperative (so a
/// check such as "sale ≤ stock" and its write cannot interleave), one transaction, one audit record,
/// and idempotency by message key.
/// </summary>
public sealed class LedgerDb : IDisposable
{
    private readonly ConcurrentDictionary<string, object> _locks = new(StringComparer.Ordinal);

    public LedgerDb(LiteDatabase database)
    {
        Database = database;
        Database.UtcDate = true; // timestamps come back as UTC, not converted to the server's local time
        // One index on movements on purpose: every index is another page written per sale. Recaps
        // (a day's range) and /batal (the user's recent entries, newest first) both walk time.
        // Per-item history needs no index in daily use: stock is kept as a running total on the item.
        Items.EnsureIndex(i => i.KoperasiId);
        Prices.EnsureIndex(p => p.ItemId);
        Movements.EnsureIndex(m => m.AtTicks);
    }

    /// <summary>Opens (creating its directory) the ledger file; ":memory:" keeps it in memory (nothing survives the process).</summary>
    public static LedgerDb Open(string path)
    {
        if (path == ":memory:") return InMemory();
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return new LedgerDb(new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, NewMapper()));
    }

    /// <summary>A ledger in memory (tests, benchmarks).</summary>
    public static LedgerDb InMemory() => new(new LiteDatabase(new MemoryStream(), NewMapper()));

    /// <summary>
    /// Each ledger gets its own mapper, with every document type mapped up front: LiteDB builds a
    /// type's mapping lazily and a concurrent first use can see it half-built ("Member … not found").
    /// </summary>
    private static BsonMapper NewMapper()
    {
        var mapper = new BsonMapper();
        foreach (var type in new[] { typeof(CooperativeDoc), typeof(ItemDoc), typeof(PriceDoc), typeof(MovementDoc), typeof(UserDoc),
                                     typeof(GroupLinkDoc), typeof(InviteDoc), typeof(AuditDoc) })
            mapper.ToDocument(type, Activator.CreateInstance(type)!);
        return mapper;
    }

    public LiteDatabase Database { get; }
    public ILiteCollection<CooperativeDoc> Cooperatives => Database.GetCollection<CooperativeDoc>("cooperatives");
    public ILiteCollection<ItemDoc> Items => Database.GetCollection<ItemDoc>("items");
    public ILiteCollection<PriceDoc> Prices => Database.GetCollection<PriceDoc>("prices");
    public ILiteCollection<MovementDoc> Movements => Database.GetCollection<MovementDoc>("movements");
    public ILiteCollection<UserDoc> Users => Database.GetCollection<UserDoc>("users");
    public ILiteCollection<GroupLinkDoc> GroupLinks => Database.GetCollection<GroupLinkDoc>("group_links");
    public ILiteCollection<InviteDoc> Invites => Database.GetCollection<InviteDoc>("invites");
    public ILiteCollection<AuditDoc> Audit => Database.GetCollection<AuditDoc>("audit");

    /// <summary>
    /// Runs <paramref name="body"/> as one atomic, audited, idempotent write for a cooperative.
    /// The body runs synchronously under the cooperative's lock (LiteDB transactions are bound to
    /// the thread); if it rejects, nothing it wrote is kept. With <paramref name="selfAudited"/> the
    /// body writes a stock movement that is its own audit record (keyed by the message key), so no
    /// separate audit document is written.
    /// </summary>
    public WriteResult Write(WriteOrigin origin, Func<WriteResult> body, bool selfAudited = false)
    {
        lock (_locks.GetOrAdd(origin.KoperasiId, _ => new object()))
        {
            var key = origin.MessageKey;
            // Reads inside the write transaction share its snapshot: much cheaper than a read of their own.
            Database.BeginTrans();
            try
            {
                if ((selfAudited ? Movements.FindById(key)?.Summary : Audit.FindById(key)?.Summary) is { } earlier)
                {
                    Database.Rollback();
                    return WriteResult.Duplicate(earlier);
                }
                var result = body();
                if (result.Status != WriteStatus.Recorded)
                {
                    Database.Rollback();
                    return result;
                }
                if (!selfAudited) Audit.Insert(new AuditDoc
                {
                    MessageKey = key, KoperasiId = origin.KoperasiId, Channel = origin.Channel,
                    UserId = origin.UserId, RawText = origin.RawText, Summary = result.Text, AtUtc = DateTime.UtcNow,
                });
                Database.Commit();
                return result;
            }
            catch
            {
                Database.Rollback();
                throw;
            }
        }
    }

    /// <summary>How many writes were ever recorded (movements audit themselves; every other write has an audit document).</summary>
    public int RecordedWrites() => Audit.Count() + Movements.Count();

    public void Dispose() => Database.Dispose();
}

/// <summary>Who writes, from which message: scopes the write and makes it idempotent.</summary>
public sealed record WriteOrigin(string KoperasiId, string Channel, string ChatId, string UserId, string MessageId, string RawText)
{
    public string MessageKey => $"{Channel}:{ChatId}:{MessageId}";
}

public enum WriteStatus { Recorded, AlreadyRecorded, Rejected }

/// <summary>The outcome of a write and the text to show the user.</summary>
public sealed record WriteResult(WriteStatus Status, string Text)
{
    public static WriteResult Recorded(string text) => new(WriteStatus.Recorded, text);
    public static WriteResult Rejected(string text) => new(WriteStatus.Rejected, text);
    public static WriteResult Duplicate(string earlierText) =>
        new(WriteStatus.AlreadyRecorded, $"Pesan ini sudah tercatat sebelumnya, tidak dicatat ulang. {earlierText}");
}
