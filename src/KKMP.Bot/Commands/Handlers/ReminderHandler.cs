using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Push;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/pengingat: what the bot sends this user first, switching kinds off and on, and the cooperative's reminder time.</summary>
public sealed class ReminderHandler(PushPreferences preferences)
{
    public Reply List(CommandContext context)
    {
        var key = UserKey(context);
        var lines = PushKindInfo.All.Select(k => k.Roles.Contains(context.Asker.Role)
            ? $"• {k.Word}: {k.Describes} — {(preferences.Wants(key, context.Asker.Role, k.Kind) ? "HIDUP" : "mati")}"
            : $"• {k.Word}: {k.Describes} — tidak untuk peran Anda");
        return new Reply($"Pesan yang dikirim bot kepada Anda (pengingat mencatat pukul {preferences.ReminderTime(context.KoperasiId):HH.mm}):\n" +
                         string.Join('\n', lines) +
                         $"\nUbah dengan {CommandExamples.ReminderOff} atau {CommandExamples.ReminderOnAll}.");
    }

    public Reply Switch(CommandContext context, ReminderSwitch command)
    {
        var kinds = command.Kind is { } word ? [PushKindInfo.Find(word)!.Kind] : PushKindInfo.All.Select(k => k.Kind).ToList();
        preferences.Set(UserKey(context), kinds, command.On);
        var what = command.Kind is null ? "Semua pesan" : $"Pesan {command.Kind}";
        return new Reply($"{what} {(command.On ? "dihidupkan" : "dimatikan")}. Lihat semuanya: {CommandExamples.Reminders}");
    }

    public Reply SetTime(CommandContext context, ReminderTime command)
    {
        preferences.SetReminderTime(context.KoperasiId, command.At);
        return new Reply($"Pengingat mencatat untuk {context.Cooperative.Name} sekarang pukul {command.At:HH.mm} waktu setempat, jika hari itu belum ada catatan.");
    }

    private static string UserKey(CommandContext context) => UserDoc.KeyOf(context.Message.Channel, context.Message.UserId);
}
