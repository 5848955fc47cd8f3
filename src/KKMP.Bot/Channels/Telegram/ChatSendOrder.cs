namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Pipelined sends that keep each chat's order: a worker hands its reply over and routes the next
/// update while the reply travels (a round trip to Telegram is 50–200 ms from Indonesia), but a chat's
/// next reply leaves only after its previous one has been answered by Telegram. Different chats send
/// in parallel.
/// </summary>
public sealed class ChatSendOrder
{
    private readonly Dictionary<long, Task> _tails = [];
    private readonly Lock _gate = new();

    /// <summary>Runs <paramref name="send"/> after every send queued earlier for the chat; the task completes when it has.</summary>
    public Task Enqueue(long chatId, Func<Task> send)
    {
        Task next;
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(chatId) ?? Task.CompletedTask;
            next = AfterAsync(previous, send);
            _tails[chatId] = next;
        }
        _ = next.ContinueWith(_ => Forget(chatId, next), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return next;
    }

    private static async Task AfterAsync(Task previous, Func<Task> send)
    {
        // The previous send's failure was logged by its own update; it must not stop this one.
        try { await previous; } catch { /* see above */ }
        await send();
    }

    private void Forget(long chatId, Task finished)
    {
        lock (_gate)
            if (_tails.TryGetValue(chatId, out var tail) && tail == finished) _tails.Remove(chatId);
    }
}
