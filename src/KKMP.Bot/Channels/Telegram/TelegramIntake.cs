using System.Text.Json;
using System.Threading.Channels;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Durable intake for Telegram: an update is stored in the ledger's <see cref="Inbox"/> before the
/// receiver tells Telegram it arrived (the webhook's 200, the next getUpdates offset), then queued for
/// a worker, and removed once handled and answered. What a crash left in the inbox is queued first on
/// the next start, oldest first, before any new update, so each chat keeps its order.
/// </summary>
public sealed class TelegramIntake
{
    private const string Channel = ChannelNames.Telegram;

    private readonly Inbox _inbox;
    private readonly UpdateQueue _queue;
    private readonly ILogger<TelegramIntake> _logger;
    private readonly IReadOnlyList<Update> _leftOver;
    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TelegramIntake(Inbox inbox, UpdateQueue queue, ILogger<TelegramIntake> logger)
    {
        _inbox = inbox;
        _queue = queue;
        _logger = logger;
        // Taken before any receiver can store: whatever is stored later is queued by its own receiver.
        _leftOver = inbox.Pending(Channel).Select(Read).OfType<Update>().ToList();
    }

    private Update? Read(Ledger.Documents.InboxDoc entry)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(entry.Payload, JsonBotAPI.Options);
        }
        catch (JsonException e)
        {
            // It was read once before it was stored; a damaged copy must not stop the host from starting.
            _logger.LogError(e, "Update {UpdateId} di inbox tidak terbaca; dilewati", entry.Sequence);
            _ = _inbox.RemoveAsync(Channel, entry.Sequence);
            return null;
        }
    }

    /// <summary>Queues what the previous run accepted but did not finish; new updates wait until it is queued.</summary>
    public async Task RecoverAsync()
    {
        try
        {
            if (_leftOver.Count > 0) _logger.LogWarning("Telegram: {Count} update tersimpan dari jalan sebelumnya diproses dulu", _leftOver.Count);
            foreach (var update in _leftOver) await _queue.EnqueueAsync(update, CancellationToken.None);
        }
        catch (ChannelClosedException)
        {
            // stopping already: the rest stays in the inbox for the next start
        }
        finally
        {
            _recovered.TrySetResult();
        }
    }

    /// <summary>
    /// Webhook: stores the update (the caller may answer 200 once this returns) and queues it.
    /// A redelivery of an update that is still waiting is not queued twice.
    /// </summary>
    public async Task AcceptAsync(Update update, string payload)
    {
        if (!await _inbox.StoreAsync(Channel, update.Id, payload))
        {
            _logger.LogInformation("Update {UpdateId} sudah tersimpan dan menunggu; kiriman ulang diabaikan", update.Id);
            return;
        }
        await QueueAsync(update);
    }

    /// <summary>Polling: stores a whole getUpdates batch in one transaction, then queues the new ones.</summary>
    public async Task AcceptAllAsync(IReadOnlyList<Update> updates)
    {
        var stored = (await _inbox.StoreAllAsync(Channel, updates.Select(u => ((long)u.Id, JsonSerializer.Serialize(u, JsonBotAPI.Options))))).ToHashSet();
        foreach (var update in updates.Where(u => stored.Contains(u.Id)))
            await QueueAsync(update);
    }

    /// <summary>The update's effect is recorded and its replies answered by Telegram: it leaves the inbox.</summary>
    public Task FinishedAsync(Update update) => _inbox.RemoveAsync(Channel, update.Id);

    /// <summary>Updates stored and not yet finished.</summary>
    public int Waiting => _inbox.Count(Channel);

    private async Task QueueAsync(Update update)
    {
        await _recovered.Task;
        try
        {
            // Not cancelled by the sender going away: a stored update must reach a worker or stay for the next start.
            await _queue.EnqueueAsync(update, CancellationToken.None);
        }
        catch (ChannelClosedException)
        {
            _logger.LogInformation("Update {UpdateId} tersimpan; diproses setelah host jalan lagi", update.Id);
        }
    }
}
