using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Relay;

/// <summary>
/// Pushes queued notices through the channels that can reach a user unprompted (<see cref="IUserNotifier"/>).
/// Woken by queued notices; also looks again every minute for ones that failed or were queued by an
/// earlier run of the process. Several users are sent to at once (a Bot API round trip is 50–200 ms, so one
/// at a time would cap a 17.00 broadcast near 10/s), each user's notices one after another and in order; the
/// channel keeps the overall pace (Telegram: <c>BroadcastPace</c>).
/// </summary>
public sealed class NoticeDelivery(Notices notices, IEnumerable<IUserNotifier> notifiers, ILogger<NoticeDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    /// <summary>Users sent to at once: enough to keep a 30/s pace busy at a 200 ms round trip, few enough to be gentle.</summary>
    public const int Concurrency = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var byChannel = notifiers.ToDictionary(n => n.Channel, StringComparer.Ordinal);
        if (byChannel.Count == 0) return; // every user gets notices with their next reply
        var channels = byChannel.Keys.ToHashSet(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stoppingToken };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var byUser = notices.Pending(channels).GroupBy(n => (n.Channel, n.UserId));
                await Parallel.ForEachAsync(byUser, parallel, async (mine, token) => await DeliverInOrderAsync(byChannel[mine.Key.Channel], mine, token));
                await notices.WaitAsync(Recheck, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Notice delivery failed; retrying in {Delay}", Recheck);
                await Task.Delay(Recheck, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One user's notices, oldest first; stops at a failure so a later one never arrives before an earlier one.</summary>
    private async Task DeliverInOrderAsync(IUserNotifier notifier, IEnumerable<NoticeDoc> mine, CancellationToken cancellationToken)
    {
        foreach (var notice in mine)
        {
            if (await notifier.NotifyAsync(notice.UserId, notice.Text, cancellationToken)) notices.Delivered(notice);
            else
            {
                notices.Failed(notice);
                return;
            }
        }
    }
}
