namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>
/// One conversation's activity log. Watermarks are sequence numbers: the watermark after an
/// activity is its sequence number, and "after watermark W" means every activity numbered above W.
/// Only the newest <c>capacity</c> activities are kept.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, Activity Activity)> _log = new();
    private long _sequence;
    private TaskCompletionSource _changed = NewSignal();
    private Task _turns = Task.CompletedTask;
    private int _started;

    public string Id { get; } = id;

    /// <summary>The user the conversation was created for (tokens are bound to it).</summary>
    public string UserId { get; } = userId;

    public long Watermark
    {
        get { lock (_gate) return _sequence; }
    }

    /// <summary>True only for the first call: POST /conversations answers 201 once, then 200.</summary>
    public bool MarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Stamps the next id onto the activity, appends it and wakes every waiting reader.</summary>
    public Activity Append(Func<string, Activity> stamp)
    {
        TaskCompletionSource changed;
        Activity activity;
        lock (_gate)
        {
            _sequence++;
            activity = stamp($"{Id}|{_sequence:D7}");
            _log.Enqueue((_sequence, activity));
            while (_log.Count > capacity)
                _log.Dequeue();
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
        return activity;
    }

    /// <summary>
    /// Like <see cref="Append"/>, unless the user already posted an activity with this client activity id
    /// (a retry): then that earlier activity is returned and nothing is appended. Checked and appended
    /// under one lock, so two copies of a retry racing each other append once.
    /// </summary>
    public (Activity Activity, bool IsRepeat) AppendUnlessRepeated(string? clientActivityId, Func<string, Activity> stamp)
    {
        lock (_gate)
        {
            if (clientActivityId is not null
                && _log.Select(entry => entry.Activity).FirstOrDefault(a => a.From?.Role == "user" && a.ClientActivityId == clientActivityId) is { } earlier)
                return (earlier, true);
            return (Append(stamp), false); // Lock is re-entrant
        }
    }

    public ActivitySet After(long watermark)
    {
        lock (_gate)
        {
            var activities = _log.Where(entry => entry.Sequence > watermark).Select(entry => entry.Activity).ToList();
            return new ActivitySet(activities, _sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Completes when there is an activity after <paramref name="watermark"/>.</summary>
    public Task WaitForActivityAfterAsync(long watermark, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_sequence > watermark)
                return Task.CompletedTask;
            return _changed.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Runs bot turns one after another, in arrival order, without making the caller wait.</summary>
    public Task EnqueueTurn(Func<Task> turn)
    {
        lock (_gate)
        {
            _turns = _turns.ContinueWith(_ => turn(), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            return _turns;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
