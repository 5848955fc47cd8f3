namespace KKMP.Bot.Channels.Telegram;

/// <summary>
/// Which group messages are meant for this bot, and their text without the bot's name:
/// "/jual@KopBot beras 2 kg" → "/jual beras 2 kg"; "@KopBot harga beras?" → "harga beras?".
/// In a group the bot answers commands, replies to its own messages and mentions, never chatter
/// (with privacy mode off Telegram delivers everything, and answering it all would flood the group).
/// </summary>
public static class GroupAddressing
{
    /// <returns>The text for the router, or null when the message is not for this bot.</returns>
    public static string? TextForBot(string text, string? botUsername, bool isGroup, bool isReplyToBot)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('/')) return CommandForBot(trimmed, botUsername);
        if (!isGroup || isReplyToBot) return trimmed;
        if (botUsername is null) return null;

        var mention = "@" + botUsername;
        var at = trimmed.IndexOf(mention, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = (trimmed[..at] + trimmed[(at + mention.Length)..]).Trim();
        return rest.Length == 0 ? "/bantuan" : rest;
    }

    /// <summary>"/jual@OtherBot …" is for another bot in the group: not ours.</summary>
    private static string? CommandForBot(string text, string? botUsername)
    {
        var end = text.IndexOfAny([' ', '\n', '\t']);
        var word = end < 0 ? text : text[..end];
        var at = word.IndexOf('@');
        if (at < 0) return text;
        var addressee = word[(at + 1)..];
        if (botUsername is not null && !addressee.Equals(botUsername, StringComparison.OrdinalIgnoreCase)) return null;
        return word[..at] + (end < 0 ? "" : text[end..]);
    }
}
