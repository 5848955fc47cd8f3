using System.Globalization;
using KKMP.Bot.Conversation;
using KKMP.Bot.Relay;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Reaches a Telegram user unprompted: a private chat's id is the user's id, so the notice goes there,
/// through the same sender (escaped HTML, split, retries) as every reply.
/// </summary>
public sealed class TelegramUserNotifier(IServiceScopeFactory scopes, ChatSendOrder sendOrder, BroadcastPace pace) : IUserNotifier
{
    public string Channel => ChannelNames.Telegram;

    public async Task<bool> NotifyAsync(string userId, string text, CancellationToken cancellationToken)
    {
        if (!long.TryParse(userId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)) return false;
        await pace.WaitTurnAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ReplySender>();
        var sent = false;
        // Behind the chat's queued replies, so a notice never overtakes an answer already on its way.
        await sendOrder.Enqueue(chatId, async () => sent = await sender.SendAsync(chatId, new Reply(text), null, cancellationToken));
        return sent;
    }
}
