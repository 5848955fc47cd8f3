using KKMP.Bot.Commands.Table;
using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows when the user types "/": set with setMyCommands on start, from <see cref="CommandTable"/>.</summary>
public static class BotCommands
{
    public static readonly IReadOnlyList<BotCommand> Menu =
        [.. CommandTable.Groups.Where(g => g.Menu is not null).Select(g => new BotCommand(g.Word, g.Menu!))];
}
