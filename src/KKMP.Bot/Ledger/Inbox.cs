using System.Threading.Channels;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Durable intake: a channel stores what it accepted here (in the ledger's own file) before it tells
/// the sender "received", and removes it once handled. What is still here after a crash was accepted
/// and never finished: it is handled first on the next start. Redelivering it is harmless because
/// every write is keyed by the channel's message id.
/// Writes are group-committed: one writer applies everything queued since its last commit in one
/// transaction (one disk write for a burst of webhook calls instead of one each), under the ledger's
/// write gate (LiteDB 5 corrupts its state when transactions on several threads write at once).
/// </summary>
public sealed class Inbox : IDisposable
{
    private const int MaxBatch = 512;
    private static readonly TimeSpan RemovalWindow = TimeSpan.FromMilliseconds(2);

    private readonly LedgerDb _ledger;
    private readonly ILiteCollection<InboxDoc> _entries;
    private readonly TimeProvider _clock;
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public Inbox(LedgerDb ledger, TimeProvider clock)
    {
        _ledger = ledger;
        _clock = clock;
        ledger.Database.Mapper.ToDocument(new InboxDoc()); // map the type up front (see LedgerDb.NewMapper)
        _entries = ledger.Database.GetCollection<InboxDoc>("inbox");
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Stores one accepted message once it is committed; false when it was already stored (a redelivery of one still waiting).</summary>
    public Task<bool> StoreAsync(string channel, long sequence, string payload)
    {
        var change = new Change(NewEntry(channel, sequence, payload), IdOf(channel, sequence));
        return Submit(change);
    }

    /// <summary>Stores a batch (committed together); returns the sequences that were new.</summary>
    public async Task<IReadOnlyList<long>> StoreAllAsync(string channel, IEnumerable<(long Sequence, string Payload)> messages)
    {
        var pending = messages.Select(m => (m.Sequence, Stored: StoreAsync(channel, m.Sequence, m.Payload))).ToList();
        await Task.WhenAll(pending.Select(p => p.Stored));
        return pending.Where(p => p.Stored.Result).Select(p => p.Sequence).ToList();
    }

    /// <summary>The message is handled (its effect recorded, its reply sent): forget it. Completes when committed.</summary>
    public Task RemoveAsync(string channel, long sequence) => Submit(new Change(null, IdOf(channel, sequence)));

    /// <summary>Everything of one channel still waiting, oldest first.</summary>
    public IReadOnlyList<InboxDoc> Pending(string channel) =>
        _entries.Find(Query.StartsWith("_id", channel + ":")).OrderBy(e => e.Sequence).ToList();

    public int Count(string channel) => _entries.Count(Query.StartsWith("_id", channel + ":"));

    private void Drain(List<Change> batch)
    {
        while (batch.Count < MaxBatch && _changes.Reader.TryRead(out var change)) batch.Add(change);
    }

    private Task<bool> Submit(Change change)
    {
        if (!_changes.Writer.TryWrite(change)) throw new ObjectDisposedException(nameof(Inbox));
        return change.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Change>(MaxBatch);
        while (await _changes.Reader.WaitToReadAsync())
        {
            Drain(batch);
            if (batch.TrueForAll(c => c.Entry is null) && batch.Count < MaxBatch)
            {
                // Nobody is kept waiting by a removal (a webhook call waits for its store): let removals share a
                // commit with what arrives in the next moment instead of costing a commit each.
                await Task.Delay(RemovalWindow);
                Drain(batch);
            }
            Commit(batch);
            batch.Clear();
        }
    }

    /// <summary>Synchronous on purpose: a LiteDB transaction belongs to the thread that began it.</summary>
    private void Commit(List<Change> batch)
    {
        var results = new bool[batch.Count];
        try
        {
            lock (_ledger.WriteGate)
            {
                _ledger.Database.BeginTrans();
                try
                {
                    for (var i = 0; i < batch.Count; i++)
                        results[i] = batch[i].Entry is { } entry
                            ? _entries.FindById(entry.Id) is null && _entries.Insert(entry) is not null
                            : _entries.Delete(batch[i].Id);
                    _ledger.Database.Commit();
                }
                catch
                {
                    _ledger.Database.Rollback();
                    throw;
                }
            }
        }
        catch (Exception e)
        {
            foreach (var change in batch) change.Done.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
    }

    private InboxDoc NewEntry(string channel, long sequence, string payload) => new()
    {
        Id = IdOf(channel, sequence), Channel = channel, Sequence = sequence, Payload = payload, StoredUtc = _clock.GetUtcNow().UtcDateTime,
    };

    // Zero-padded, so string order is arrival order (Telegram's update ids only grow).
    private static string IdOf(string channel, long sequence) => $"{channel}:{sequence:D19}";

    /// <summary>Entry set: store it unless present. Entry null: remove <see cref="Id"/>.</summary>
    private sealed record Change(InboxDoc? Entry, string Id)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Commits what is queued, then stops taking changes.</summary>
    public void Dispose()
    {
        _changes.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
    }
}
