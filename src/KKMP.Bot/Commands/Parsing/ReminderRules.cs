using System.Globalization;
using KKMP.Bot.Push;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/pengingat [mati|hidup KIND|semua] [jam HH:MM].</summary>
internal static class ReminderRules
{
    private static readonly string KindWords = string.Join(", ", PushKindInfo.All.Select(k => k.Word)) + " atau semua";
    private static readonly string[] TimeFormats = ["H:mm", "H.mm", "HH:mm", "HH.mm", "%H"];

    public static Command Reminders(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new ReminderList();
        switch (args[0].Lower)
        {
            case "mati" or "off" or "matikan" or "hidup" or "on" or "nyala" or "hidupkan" or "nyalakan":
                var on = args[0].Lower is "hidup" or "on" or "nyala" or "hidupkan" or "nyalakan";
                if (args.Count != 2)
                    throw GrammarError.With($"Tulis satu jenis pesan setelah \"{args[0].Text}\": {KindWords}.", on ? CommandExamples.ReminderOnAll : CommandExamples.ReminderOff);
                var word = args[1].Lower;
                if (word is "semua" or "all") return new ReminderSwitch(on, null);
                if (PushKindInfo.Find(word) is null)
                    throw GrammarError.With($"Jenis pesan \"{args[1].Text}\" tidak dikenal; pilih {KindWords}.", CommandExamples.ReminderOff);
                return new ReminderSwitch(on, word);
            case "jam" or "pukul":
                if (args.Count == 2 && TimeOnly.TryParseExact(args[1].Text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                    return new ReminderTime(at);
                throw GrammarError.With("Tulis jamnya seperti 18:00 (00:00 sampai 23:59).", CommandExamples.ReminderTime);
            default:
                throw GrammarError.With($"\"{args[0].Text}\" tidak dikenal setelah /pengingat; tulis mati, hidup atau jam.", CommandExamples.ReminderOff);
        }
    }
}
