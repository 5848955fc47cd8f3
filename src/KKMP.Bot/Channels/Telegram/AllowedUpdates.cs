using Telegram.Bot.Types.Enums;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>The update types asked from Telegram (polling and setWebhook): what the handler understands.</summary>
public static class AllowedUpdates
{
    public static readonly UpdateType[] Types = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];
}
