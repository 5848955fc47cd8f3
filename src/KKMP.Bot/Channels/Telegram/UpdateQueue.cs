using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Bounded in-memory queue between the receivers (webhook endpoint, polling loop) and the workers.
/// Partitioned by chat: one chat's updates are handled one after another (replies stay in order),
/// different chats in parallel. When full, writers wait: the webhook then answers later and
/// Telegram slows down, instead of updates being dropped.
/// </summary>
public sealed class UpdateQueue
{
    private readonly Channel<Update>[] partitions;

    public UpdateQueue(IOptions<TelegramOptions> options)
    {
        var count = Math.Max(1, options.Value.Workers);
        var capacity = Math.Max(1, options.Value.QueueCapacity / count);
        partitions = Enumerable.Range(0, count)
            .Select(_ => Channel.CreateBounded<Update>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
            .ToArray();
    }

    public int PartitionCount => partitions.Length;

    public ChannelReader<Update> Reader(int partition) => partitions[partition].Reader;

    /// <summary>Throws <see cref="ChannelClosedException"/> once the host is stopping.</summary>
    public ValueTask EnqueueAsync(Update update, CancellationToken cancellationToken) =>
        partitions[PartitionOf(update)].Writer.WriteAsync(update, cancellationToken);

    /// <summary>No more updates are accepted; workers finish what is queued.</summary>
    public void Complete()
    {
        foreach (var partition in partitions) partition.Writer.TryComplete();
    }

    private int PartitionOf(Update update) =>
        (int)(unchecked((ulong)UpdateShape.ChatOf(update)) % (ulong)partitions.Length);
}
