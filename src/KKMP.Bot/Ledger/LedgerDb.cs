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

    /// <param name="time">The ledger's clock (the system clock when null): stamps writes, mints movement ids, says what today is.</param>
    public LedgerDb(LiteDatabase database, TimeProvider? time = null)
    {
        Database = database;
        Time = time ?? TimeProvider.System;
        Cooperatives = database.GetCollection<CooperativeDoc>("cooperatives");
        Items = database.GetCollection<ItemDoc>("items");
        Prices = database.GetCollection<PriceDoc>("prices");
        Movements = database.GetCollection<MovementDoc>("movements");
        Users = database.GetCollection<UserDoc>("users");
        GroupLinks = database.GetCollection<GroupLinkDoc>("group_links");
        Invites = database.GetCollection<InviteDoc>("invites");
        Audit = database.GetCollection<AuditDoc>("audit");
        CashEntries = database.GetCollection<CashEntryDoc>("cash_entries");
        Members = database.GetCollection<MemberDoc>("members");
        SavingsAmounts = database.GetCollection<SavingsAmountsDoc>("savings_amounts");
        ShuRules = database.GetCollection<ShuRulesDoc>("shu_rules");
        Faq = database.GetCollection<FaqDoc>("faq");
        Unanswered = database.GetCollection<UnansweredDoc>("unanswered");
        RelayedQuestions = database.GetCollection<RelayedQuestionDoc>("relayed_questions");
        Notices = database.GetCollection<NoticeDoc>("notices");
        PushSettings = database.GetCollection<PushSettingsDoc>("push_settings");
        PushPreferences = database.GetCollection<PushPreferenceDoc>("push_preferences");
        PushClaims = database.GetCollection<PushClaimDoc>("push_claims");
        PendingActions = database.GetCollection<PendingActionDoc>("pending_actions");
        Checkpoints = database.GetCollection<StockCheckpointDoc>("stock_checkpoints");
        MessageArchive = database.GetCollection<ArchivedMessageKeyDoc>("message_keys");
        Database.UtcDate = true; // timestamps come back as UTC, not converted to the server's local time
        // No index on movements beyond the primary key, on purpose: every index is another page written
        // per sale. The id is the movement's instant (MovementIds), so recaps (a day's range) and /batal
        // (the user's recent entries, newest first) walk the primary key; idempotency is held in memory
        // (RecordedMessages) and current stock too (StockLevels), both from one scan at open.
        Items.EnsureIndex(i => i.KoperasiId);
        Prices.EnsureIndex(p => p.ItemId);
        Unanswered.EnsureIndex(u => u.KoperasiId);
        RelayedQuestions.EnsureIndex(r => r.Asker);
        Notices.EnsureIndex(n => n.DeliveredUtc);
        PushClaims.EnsureIndex(c => c.LocalDay);
        Movements.DropIndex(nameof(MovementDoc.AtTicks)); // an index earlier versions kept; a no-op when absent
        CashEntries.EnsureIndex(c => c.KoperasiId);
        Members.EnsureIndex(m => m.KoperasiId);
        Opened = MovementScan.Run(database.GetCollection("movements"), Checkpoints, MessageArchive,
            database.GetCollection(FilterCollection).FindById(FilterId)?["Bits"].AsBinary, Time);
        // Cash entries take their ids from the same clock: the newest of them bounds it too (the primary key's last entry).
        if (CashEntries.Query().OrderByDescending("_id").Limit(1).FirstOrDefault() is { } lastCash) Opened.Clock.AtLeast(lastCash.AtTicks);
        BookLog = new BookLog(this);
    }

    /// <summary>Opens (creating its directory) the ledger file; ":memory:" keeps it in memory (nothing survives the process).</summary>
    public static LedgerDb Open(string path, TimeProvider? time = null)
    {
        if (path == ":memory:") return InMemory(time);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var database = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, NewMapper());
        try { return new LedgerDb(database, time); }
        catch { database.Dispose(); throw; } // e.g. a file in an older format: release it
    }

    /// <summary>A ledger in memory (tests, benchmarks).</summary>
    public static LedgerDb InMemory(TimeProvider? time = null) => new(new LiteDatabase(new MemoryStream(), NewMapper()), time);

    /// <summary>
    /// Each ledger gets its own mapper, with every document type mapped up front: LiteDB builds a
    /// type's mapping lazily and a concurrent first use can see it half-built ("Member … not found").
    /// </summary>
    private static BsonMapper NewMapper()
    {
        var mapper = new BsonMapper();
        foreach (var type in new[] { typeof(CooperativeDoc), typeof(ItemDoc), typeof(PriceDoc), typeof(MovementDoc), typeof(UserDoc),
                                     typeof(GroupLinkDoc), typeof(InviteDoc), typeof(AuditDoc), typeof(StockCheckpointDoc), typeof(ArchivedMessageKeyDoc),
                                     typeof(FaqDoc), typeof(UnansweredDoc), typeof(RelayedQuestionDoc), typeof(NoticeDoc), typeof(PushSettingsDoc), typeof(PushPreferenceDoc), typeof(PushClaimDoc),
                                     typeof(PendingActionDoc), typeof(CashEntryDoc), typeof(MemberDoc), typeof(SavingsAmountsDoc), typeof(ShuRulesDoc), typeof(ConsignmentTerms) })
            mapper.ToDocument(type, Activator.CreateInstance(type)!);
        return mapper;
    }

    // Collections are made once: GetCollection builds a new wrapper (and looks up its mapping) on every call.
    public LiteDatabase Database { get; }

    /// <summary>The clock every ledger timestamp comes from (a FakeTimeProvider in tests).</summary>
    public TimeProvider Time { get; }

    /// <summary>Now, in UTC, by <see cref="Time"/>.</summary>
    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;
    public ILiteCollection<CooperativeDoc> Cooperatives { get; }
    public ILiteCollection<ItemDoc> Items { get; }
    public ILiteCollection<PriceDoc> Prices { get; }
    public ILiteCollection<MovementDoc> Movements { get; }
    public ILiteCollection<UserDoc> Users { get; }
    public ILiteCollection<GroupLinkDoc> GroupLinks { get; }
    public ILiteCollection<InviteDoc> Invites { get; }
    public ILiteCollection<AuditDoc> Audit { get; }
    /// <summary>Cash entries that are not sales or purchases (opening balance, modal, expenses); see <see cref="CashEntryDoc"/>.</summary>
    public ILiteCollection<CashEntryDoc> CashEntries { get; }
    /// <summary>The member register (see <see cref="MemberDoc"/>).</summary>
    public ILiteCollection<MemberDoc> Members { get; }
    /// <summary>The simpanan amounts set by the board, newest last (see <see cref="SavingsAmountsDoc"/>).</summary>
    public ILiteCollection<SavingsAmountsDoc> SavingsAmounts { get; }
    /// <summary>The SHU percentages by year, append-only (see <see cref="ShuRulesDoc"/>).</summary>
    public ILiteCollection<ShuRulesDoc> ShuRules { get; }

    /// <summary>Each cooperative's movements and cash entries in memory, for the books (see <see cref="Ledger.BookLog"/>).</summary>
    internal BookLog BookLog { get; }

    public ILiteCollection<FaqDoc> Faq { get; }
    public ILiteCollection<UnansweredDoc> Unanswered { get; }
    public ILiteCollection<RelayedQuestionDoc> RelayedQuestions { get; }
    public ILiteCollection<NoticeDoc> Notices { get; }
    public ILiteCollection<PushSettingsDoc> PushSettings { get; }
    public ILiteCollection<PushPreferenceDoc> PushPreferences { get; }
    /// <summary>Claimed push sends, a transaction's keys per document (see <see cref="PushClaimDoc"/>).</summary>
    public ILiteCollection<PushClaimDoc> PushClaims { get; }
    public ILiteCollection<PendingActionDoc> PendingActions { get; }
    /// <summary>Per-cooperative stock sums up to an instant (see <see cref="LedgerCheckpoint"/>).</summary>
    public ILiteCollection<StockCheckpointDoc> Checkpoints { get; }
    /// <summary>Message keys older than the in-memory window, by hash (see <see cref="RecordedMessages"/>).</summary>
    public ILiteCollection<ArchivedMessageKeyDoc> MessageArchive { get; }

    /// <summary>Where the checkpoint keeps the archive's Bloom filter (see <see cref="ArchivedKeyFilter"/>).</summary>
    internal const string FilterCollection = "message_key_filter";
    internal const string FilterId = "filter";

    /// <summary>One checkpoint at a time (<see cref="LedgerCheckpoint.Take"/>).</summary>
    internal Lock CheckpointLock { get; } = new();

    /// <summary>Returns once every write that was in progress when called has committed or rolled back.</summary>
    internal void WaitForWritesInProgress()
    {
        foreach (var gate in _locks.Values)
            lock (gate) { }
    }

    /// <summary>The committed state of items that writes have used (see <see cref="CommittedItems"/>).</summary>
    internal CommittedItems CommittedItems { get; } = new();

    /// <summary>What the scan at open found: stock, recorded messages, the id clock, how many movements and how long it took.</summary>
    internal MovementScan.Result Opened { get; }

    /// <summary>Current stock per item, summed from the movements (see <see cref="StockLevels"/>).</summary>
    internal StockLevels StockLevels => Opened.Stock;

    /// <summary>Each item's recent sales and receipts, for spotting unusual entries (see <see cref="Ledger.EntryHistory"/>).</summary>
    public EntryHistory EntryHistory => Opened.History;

    /// <summary>The message keys movements were recorded for (see <see cref="RecordedMessages"/>).</summary>
    internal RecordedMessages RecordedMessages => Opened.Messages;

    /// <summary>Strictly increasing instants for new movement ids.</summary>
    internal MovementClock MovementClock => Opened.Clock;

    /// <summary>
    /// Runs <paramref name="body"/> as one atomic, audited, idempotent write for a cooperative.
    /// The body runs synchronously under the cooperative's lock (LiteDB transactions are bound to
    /// the thread); if it rejects, nothing it wrote is kept. With <paramref name="selfAudited"/> the
    /// body writes a stock movement that is its own audit record (it keeps the message key), so no
    /// separate audit document is written.
    /// </summary>
    public WriteResult Write(WriteOrigin origin, Func<WriteResult> body, bool selfAudited = false)
    {
        lock (LockOf(origin.KoperasiId))
        {
            if (Fault is { } fault)
            {
                Hosting.Metrics.BotMetrics.Refused(origin.Channel, "ledger_fault");
                throw new LedgerFaultedException(fault);
            }
            var key = origin.MessageKey;
            var afterCommit = t_afterCommit = [];
            using var gate = WriteGate.EnterScope();
            // Reads inside the write transaction share its snapshot: much cheaper than a read of their own.
            Database.BeginTrans();
            try
            {
                // A self-audited write looks in memory (RecordedMessages: one hash lookup, no page read);
                // other writes are rare and look at the audit's primary key.
                if ((selfAudited ? EarlierMovementSummary(key) : Audit.FindById(key)?.Summary) is { } earlier)
                {
                    Database.Rollback();
                    Hosting.Metrics.BotMetrics.Write(origin.Channel, "duplicate");
                    return WriteResult.Duplicate(earlier);
                }
                var result = body();
                if (result.Status != WriteStatus.Recorded)
                {
                    Database.Rollback();
                    Hosting.Metrics.BotMetrics.Refused(origin.Channel, "ledger_rule");
                    return result;
                }
                if (!selfAudited) Audit.Insert(new AuditDoc
                {
                    MessageKey = key, KoperasiId = origin.KoperasiId, Channel = origin.Channel,
                    UserId = origin.UserId, RawText = origin.RawText, Summary = result.Text, AtUtc = UtcNow,
                });
                CommitOrFault();
                foreach (var action in afterCommit) action();
                Hosting.Metrics.BotMetrics.Write(origin.Channel, "recorded");
                return result;
            }
            catch
            {
                // After a failed commit LiteDB may already show the write to readers while the disk lacks it,
                // and its Rollback then throws ("discarded page must be writable"): leave it to the restart.
                if (Fault is null) Database.Rollback();
                throw;
            }
            finally
            {
                t_afterCommit = null;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the current <see cref="Write"/> (or <see cref="WriteUnaudited"/>) has
    /// committed, still under its lock (so in-memory copies of committed state follow the commit order).
    /// Nothing runs if the write is rejected or fails.
    /// </summary>
    public void AfterCommit(Action action) =>
        (t_afterCommit ?? throw new InvalidOperationException("AfterCommit is only valid inside LedgerDb.Write or WriteUnaudited.")).Add(action);

    [ThreadStatic] private static List<Action>? t_afterCommit;

    /// <summary>Runs a read under the cooperative's write lock, so no write of that cooperative commits halfway through it.</summary>
    internal T UnderLock<T>(string koperasiId, Func<T> read)
    {
        lock (LockOf(koperasiId)) return read();
    }

    private object LockOf(string koperasiId) => _locks.GetOrAdd(koperasiId, _ => new object());

    /// <summary>
    /// Taken by every write transaction on this database (ledger writes, the <see cref="Inbox"/>): LiteDB 5
    /// corrupts its in-memory state when transactions on several threads write at once (seen here under a
    /// webhook burst as "invalid segment position in index footer").
    /// </summary>
    internal Lock WriteGate { get; } = new();

    /// <summary>
    /// A small write that belongs to no cooperative's audited history (an unanswered question, a notice
    /// marked delivered): one transaction under <see cref="WriteGate"/>, which every writer must hold, and
    /// a failed commit faults the ledger like any other.
    /// </summary>
    public T WriteUnaudited<T>(Func<T> change)
    {
        if (Fault is { } fault) throw new LedgerFaultedException(fault);
        lock (WriteGate)
        {
            // Inside a Write the after-commit actions are the outer write's; otherwise this write runs its own.
            var afterCommit = t_afterCommit is null ? t_afterCommit = [] : null;
            Database.BeginTrans();
            try
            {
                var result = change();
                CommitOrFault();
                foreach (var action in afterCommit ?? []) action();
                return result;
            }
            catch
            {
                if (Fault is null) Database.Rollback(); // see Write
                throw;
            }
            finally
            {
                if (afterCommit is not null) t_afterCommit = null;
            }
        }
    }

    private string? EarlierMovementSummary(string key) => RecordedMessages.Find(Movements, key)?.Summary;

    /// <summary>What an earlier write under this message key recorded (a movement or any audited write), or null.</summary>
    public string? EarlierWrite(string messageKey) => EarlierMovementSummary(messageKey) ?? Audit.FindById(messageKey)?.Summary;

    /// <summary>
    /// Set when a commit failed (disk full, I/O error). This process's view of the file can then differ
    /// from the disk, so every later write is refused ("TIDAK disimpan") and readiness reports it until a
    /// restart reopens the file, where LiteDB keeps only fully written transactions.
    /// </summary>
    public LedgerFault? Fault { get; private set; }

    /// <summary>Readiness: one small write committed like every other (a failure faults the ledger the same way).</summary>
    public void ProbeWrite()
    {
        if (Fault is { } fault) throw new LedgerFaultedException(fault);
        lock (_locks.GetOrAdd("health-probe", _ => new object()))
        {
            Database.BeginTrans();
            try { Database.GetCollection("health").Upsert(new BsonDocument { ["_id"] = "probe", ["AtUtc"] = UtcNow }); }
            catch { Database.Rollback(); throw; }
            CommitOrFault();
        }
    }

    /// <summary>Commits the thread's transaction; a failure faults the ledger (see <see cref="Fault"/> and <see cref="LiteDbTransactions"/>).</summary>
    internal void CommitOrFault()
    {
        var transaction = LiteDbTransactions.Current(Database);
        try { Database.Commit(); }
        catch (Exception e)
        {
            Fault = LedgerFault.From(e, UtcNow);
            if (transaction is not null) GC.SuppressFinalize(transaction);
            throw;
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
