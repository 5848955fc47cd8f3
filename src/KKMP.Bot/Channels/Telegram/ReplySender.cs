using KKMP.Bot.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>A channel-neutral <see cref="Reply"/> → Telegram messages (escaped HTML, split, buttons on the last one).</summary>
public sealed class ReplySender(ITelegramBotClient client, TelegramOutbound outbound, SuggestedReplyButtons buttons, ILogger<ReplySender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <param name="quoteMessageId">In groups, the user's message: the first part quotes it so the group sees what is answered.</param>
    /// <returns>False when Telegram did not take every part (already logged).</returns>
    public async Task<bool> SendAsync(long chatId, Reply reply, int? quoteMessageId, CancellationToken cancellationToken)
    {
        var messages = TelegramHtml.ToMessages(reply.Text);
        if (messages.Count == 0)
        {
            logger.LogWarning("Balasan kosong untuk chat {ChatId} tidak dikirim", chatId);
            return false;
        }
        var keyboard = await buttons.KeyboardAsync(reply.SuggestedReplies, cancellationToken);
        for (var i = 0; i < messages.Count; i++)
        {
            var text = messages[i];
            var quote = i == 0 && quoteMessageId is int id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
            var markup = i == messages.Count - 1 ? keyboard : null;
            var sent = await outbound.TryAsync("sendMessage", chatId, token => client.SendMessage(
                chatId, text, ParseMode.Html, replyParameters: quote, replyMarkup: markup,
                linkPreviewOptions: NoPreview, cancellationToken: token), cancellationToken);
            if (!sent) return false; // the rest would fail the same way (blocked, chat gone)
        }
        foreach (var file in reply.Attachments)
            if (!await SendFileAsync(chatId, file, cancellationToken)) return false;
        return true;
    }

    /// <summary>A picture as a photo, anything else as a document: multipart uploads, a fresh stream for every attempt.</summary>
    private Task<bool> SendFileAsync(long chatId, Conversation.Attachment file, CancellationToken cancellationToken) => file.IsImage
        ? outbound.TryAsync("sendPhoto", chatId, token => client.SendPhoto(chatId, InputFile.FromStream(new MemoryStream(file.Bytes), file.Name),
            cancellationToken: token), cancellationToken)
        : outbound.TryAsync("sendDocument", chatId, token => client.SendDocument(chatId, InputFile.FromStream(new MemoryStream(file.Bytes), file.Name),
            cancellationToken: token), cancellationToken);

    /// <summary>Shows "typing…" after <paramref name="delay"/> and every 4 s (Telegram clears it after 5 s) until cancelled.</summary>
    public async Task KeepTypingAsync(long chatId, TimeSpan delay, CancellationToken whileWorking)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, whileWorking);
            while (!whileWorking.IsCancellationRequested)
            {
                await outbound.TryAsync("sendChatAction", chatId, token => client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: token), whileWorking);
                await Task.Delay(TimeSpan.FromSeconds(4), whileWorking);
            }
        }
        catch (OperationCanceledException)
        {
            // the router finished: the reply replaces the indicator
        }
    }
}
