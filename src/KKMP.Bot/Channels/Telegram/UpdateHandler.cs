using System.Globalization;
using KKMP.Bot.Conversation;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// One handler for both receivers (polling and webhook): an <see cref="Update"/> becomes an
/// <see cref="IncomingMessage"/> for the router, and the router's reply goes back to the chat.
/// Anything that is not text for this bot is ignored or answered with a short hint.
/// </summary>
public sealed class UpdateHandler(
    IConversationRouter router,
    ReplySender sender,
    SuggestedReplyButtons buttons,
    UpdateDeduplicator deduplicator,
    BotIdentity identity,
    ITelegramBotClient client,
    TelegramOutbound outbound,
    ChatSendOrder sendOrder,
    IOptions<TelegramOptions> options,
    ILogger<UpdateHandler> logger)
{
    internal const string TextOnlyHint = "Maaf, saya hanya bisa membaca pesan teks. Ketik /bantuan untuk melihat perintah, mis. /harga beras.";
    internal const string EditedHint = "Pesan yang diedit tidak diproses. Kirim sebagai pesan baru (jika perlu, /batal dulu lalu kirim ulang).";
    internal const string RouterFailed = "Maaf, terjadi gangguan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.";
    internal const string ExpiredButton = "Tombol ini sudah kedaluwarsa. Silakan ketik pesannya.";

    /// <summary>
    /// Routes the update (its effect is recorded when this completes) and queues its replies behind the
    /// chat's earlier ones. The returned task completes when Telegram has answered those replies and the
    /// update is remembered as handled.
    /// </summary>
    public async Task<Task> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (await deduplicator.WasHandledAsync(update.Id, cancellationToken))
        {
            logger.LogInformation("Update {UpdateId} sudah diproses; kiriman ulang diabaikan", update.Id);
            return Task.CompletedTask;
        }

        var answered = update switch
        {
            { Message: { } message } => await OnMessageAsync(message, cancellationToken),
            { CallbackQuery: { } query } => await OnButtonPressedAsync(query, cancellationToken),
            { EditedMessage: { Chat.Type: ChatType.Private } edited } => Send(edited.Chat.Id, Reply.Of(EditedHint), null, cancellationToken),
            _ => Ignored(update),
        };
        return RememberAsync(update.Id, answered, cancellationToken);
    }

    private async Task RememberAsync(int updateId, Task answered, CancellationToken cancellationToken)
    {
        await answered;
        await deduplicator.MarkHandledAsync(updateId, cancellationToken);
    }

    private Task Ignored(Update update)
    {
        logger.LogDebug("Update {UpdateId} jenis {Type} diabaikan", update.Id, update.Type);
        return Task.CompletedTask;
    }

    /// <summary>Queues a reply behind the chat's earlier ones (see <see cref="ChatSendOrder"/>).</summary>
    private Task Send(long chatId, Reply reply, int? quote, CancellationToken cancellationToken) =>
        sendOrder.Enqueue(chatId, () => sender.SendAsync(chatId, reply, quote, cancellationToken));

    private async Task<Task> OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.From is not { IsBot: false } from || message.IsServiceMessage) return Task.CompletedTask; // joins, pins, channel posts …
        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;

        if (message.Text is null)
        {
            // Photos, stickers, voice …: a hint in a private chat; silence in a group.
            return isGroup ? Task.CompletedTask : Send(message.Chat.Id, Reply.Of(TextOnlyHint), null, cancellationToken);
        }

        logger.LogDebug("Pesan {MessageId} dari {UserId} di chat {ChatId}", message.Id, from.Id, message.Chat.Id);
        var me = await identity.GetAsync(cancellationToken);
        var isReplyToBot = me is not null && message.ReplyToMessage?.From?.Id == me.Id;
        var text = GroupAddressing.TextForBot(message.Text, me?.Username, isGroup, isReplyToBot);
        if (text is null) return Task.CompletedTask;

        return await RouteAsync(message.Chat, from, text, $"{message.Chat.Id}:{message.Id}", isGroup ? message.Id : null, cancellationToken);
    }

    /// <summary>A button press is handled as the text the button stands for, said by whoever pressed it.</summary>
    private async Task<Task> OnButtonPressedAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var text = await buttons.TextOfAsync(query.Data, cancellationToken);
        await outbound.TryAsync("answerCallbackQuery", query.From.Id, token =>
            client.AnswerCallbackQuery(query.Id, text is null ? ExpiredButton : null, cancellationToken: token), cancellationToken);
        if (text is null || query.Message is not { } pressedOn) return Task.CompletedTask;

        // The choice is made: remove the buttons so a second tap cannot send it again.
        var buttonsRemoved = sendOrder.Enqueue(pressedOn.Chat.Id, () => outbound.TryAsync("editMessageReplyMarkup", pressedOn.Chat.Id, token =>
            client.EditMessageReplyMarkup(pressedOn.Chat.Id, pressedOn.Id, replyMarkup: null, cancellationToken: token), cancellationToken));

        var isGroup = pressedOn.Chat.Type is ChatType.Group or ChatType.Supergroup;
        var answered = await RouteAsync(pressedOn.Chat, query.From, text, $"{pressedOn.Chat.Id}:cb:{query.Id}", isGroup ? pressedOn.Id : null, cancellationToken);
        return Task.WhenAll(buttonsRemoved, answered);
    }

    private async Task<Task> RouteAsync(Chat chat, User from, string text, string messageId, int? quote, CancellationToken cancellationToken)
    {
        var incoming = new IncomingMessage
        {
            Channel = ChannelNames.Telegram,
            ChatId = chat.Id.ToString(CultureInfo.InvariantCulture),
            UserId = from.Id.ToString(CultureInfo.InvariantCulture),
            DisplayName = DisplayNameOf(from),
            Text = text,
            MessageId = messageId,
            IsGroup = chat.Type is ChatType.Group or ChatType.Supergroup,
        };

        Reply reply;
        using (var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var typing = sender.KeepTypingAsync(chat.Id, TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds), working.Token);
            try
            {
                reply = await router.HandleAsync(incoming, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Router gagal menangani pesan {MessageId}", messageId);
                reply = Reply.Of(RouterFailed);
            }
            finally
            {
                await working.CancelAsync();
                await typing;
            }
        }
        logger.LogDebug("Balasan router untuk {MessageId} siap", messageId);
        return Send(chat.Id, reply, quote, cancellationToken);
    }

    private static string DisplayNameOf(User user)
    {
        var name = $"{user.FirstName} {user.LastName}".Trim();
        return name.Length > 0 ? name : user.Username ?? user.Id.ToString(CultureInfo.InvariantCulture);
    }
}
