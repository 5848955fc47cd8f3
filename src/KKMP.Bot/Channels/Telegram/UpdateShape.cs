using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// What the receivers need to know about an update before it is stored: whether it has the parts the
/// handler relies on, and which chat it belongs to (the chat orders its updates and their replies).
/// Telegram.Bot declares <c>Message.Chat</c> and <c>CallbackQuery.From</c> non-nullable, but a forged
/// or truncated update deserializes with them null.
/// </summary>
public static class UpdateShape
{
    /// <summary>Why the update cannot be handled, or null when it can.</summary>
    public static string? MalformedReason(Update update) => update switch
    {
        { Message: { Chat: null } } => "message tanpa chat",
        { EditedMessage: { Chat: null } } => "edited_message tanpa chat",
        { CallbackQuery: { From: null } } => "callback_query tanpa from",
        { CallbackQuery.Message: { Chat: null } } => "callback_query dengan message tanpa chat",
        _ => null,
    };

    /// <summary>The chat the update belongs to (a button press without its message: the presser's private chat).</summary>
    public static long ChatOf(Update update) =>
        update.Message?.Chat?.Id
        ?? update.EditedMessage?.Chat?.Id
        ?? update.CallbackQuery?.Message?.Chat?.Id
        ?? update.CallbackQuery?.From?.Id
        ?? 0;
}
