using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Relay;

/// <summary>
/// The outbox of messages for users who did not just write, in the ledger: queued inside the write that
/// causes them (so a relayed question and its notices commit together), then pushed by
/// <see cref="NoticeDelivery"/> or shown with the user's next reply.
/// </summary>
public sealed class Notices(LedgerDb db, TimeProvider time)
{
    /// <summary>A push that failed this often is left for the user's next message.</summary>
    public const int MaxPushAttempts = 5;

    private readonly SemaphoreSlim _queued = new(0);

    /// <summary>Call inside <see cref="LedgerDb.Write"/>: stored with the write, delivery woken after its commit.</summary>
    public void Queue(string userKey, string text)
    {
        var colon = userKey.IndexOf(':');
        db.Notices.Insert(new NoticeDoc { Channel = userKey[..colon], UserId = userKey[(colon + 1)..], Text = text, CreatedUtc = time.GetUtcNow().UtcDateTime });
        db.AfterCommit(() =>
        {
            // A wake-up, not a count: one delivery pass takes every pending notice (a run queues thousands).
            if (_queued.CurrentCount == 0) _queued.Release();
        });
    }

    /// <summary>Waits until something is queued (or the timeout passes).</summary>
    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    /// <summary>Undelivered notices of the given channels, oldest first.</summary>
    internal IReadOnlyList<NoticeDoc> Pending(IReadOnlySet<string> channels) =>
        db.Notices.Find(n => n.DeliveredUtc == null).Where(n => channels.Contains(n.Channel) && n.Attempts < MaxPushAttempts).OrderBy(n => n.Id).ToList();

    internal void Delivered(NoticeDoc notice) => db.WriteUnaudited(() =>
    {
        notice.DeliveredUtc = time.GetUtcNow().UtcDateTime;
        return db.Notices.Update(notice);
    });

    internal void Failed(NoticeDoc notice) => db.WriteUnaudited(() =>
    {
        notice.Attempts++;
        return db.Notices.Update(notice);
    });

    /// <summary>Takes the user's undelivered notices (marking them delivered), oldest first.</summary>
    public IReadOnlyList<string> TakeFor(string channel, string userId)
    {
        // Read outside the gate first: nearly every message has none, and that read is cheap.
        // A faulted ledger cannot mark them delivered: they wait, and the reply itself still goes out.
        if (db.Fault is not null || !db.Notices.Exists(n => n.DeliveredUtc == null && n.Channel == channel && n.UserId == userId)) return [];
        return db.WriteUnaudited(() =>
        {
            var mine = db.Notices.Find(n => n.DeliveredUtc == null && n.Channel == channel && n.UserId == userId).OrderBy(n => n.Id).ToList();
            foreach (var notice in mine)
            {
                notice.DeliveredUtc = time.GetUtcNow().UtcDateTime;
                db.Notices.Update(notice);
            }
            return mine.Select(n => n.Text).ToList();
        });
    }
}
