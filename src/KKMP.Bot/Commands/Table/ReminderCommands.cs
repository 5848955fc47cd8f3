using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/pengingat: what the bot says first (reminders, alerts, summaries), per user; the reminder time per cooperative.</summary>
internal static class ReminderCommands
{
    public static CommandGroup Reminders { get; } = new("pengingat", ReminderRules.Reminders)
    {
        Synonyms = ["notifikasi"],
        Menu = "Atur pengingat dan pemberitahuan dari bot",
        Commands =
        [
            // Everyone: a member gets simpanan reminders and may turn them off.
            Declare.Command<ReminderList, ReminderHandler>(Everyone, (h, c, _) => h.List(c),
                new CommandExample(CommandExamples.Reminders, "pesan apa saja yang dikirim bot kepada Anda")) with { Chats = ChatKinds.Private },
            Declare.Command<ReminderSwitch, ReminderHandler>(Everyone, (h, c, s) => h.Switch(c, s),
                new CommandExample(CommandExamples.ReminderOff, "matikan satu jenis pesan (catat, stok, tutup, mingguan, het, simpanan)"),
                new CommandExample(CommandExamples.ReminderOnAll, "hidupkan lagi semua pesan") { InHelp = false }) with { Chats = ChatKinds.Private },
            Declare.Command<ReminderTime, ReminderHandler>(Board, (h, c, t) => h.SetTime(c, t),
                new CommandExample(CommandExamples.ReminderTime, "ubah jam pengingat mencatat koperasi")),
        ],
    };
}
