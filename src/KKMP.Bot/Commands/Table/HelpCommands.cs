using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/mulai (greeting; links an unlinked group when the board sends it there) and /bantuan.</summary>
internal static class HelpCommands
{
    public static CommandGroup Start { get; } = new("mulai", _ => new HelpCommand(IsGreeting: true))
    {
        Synonyms = ["start"],
        AloneWithoutSlash = true,
        Menu = "Mulai",
    };

    public static CommandGroup Help { get; } = new("bantuan", _ => new HelpCommand(IsGreeting: false))
    {
        Synonyms = ["help", "menu"],
        AloneWithoutSlash = true,
        Menu = "Cara memakai bot ini",
        Commands =
        [
            Declare.Command<HelpCommand, HelpHandler>(Everyone, (h, c, help) => h.Help(c, help),
                new CommandExample(CommandExamples.Help, "daftar perintah dengan contoh") { InHelp = false }) with { NeedsCooperative = false },
        ],
    };
}
