namespace KKMP.Bot.Relay;

/// <summary>
/// Pushes queued notices through the channels that can reach a user unprompted (<see cref="IUserNotifier"/>).
/// Woken by each queued notice; also looks again every minute for ones that failed or were queued by an
/// earlier run of the process.
/// </summary>
public sealed class NoticeDelivery(Notices notices, IEnumerable<IUserNotifier> notifiers, ILogger<NoticeDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var byChannel = notifiers.ToDictionary(n => n.Channel, StringComparer.Ordinal);
        if (byChannel.Count == 0) return; // every user gets notices with their next reply
        var channels = byChannel.Keys.ToHashSet(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var notice in notices.Pending(channels))
                {
                    if (await byChannel[notice.Channel].NotifyAsync(notice.UserId, notice.Text, stoppingToken)) notices.Delivered(notice);
                    else notices.Failed(notice);
                }
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
}
