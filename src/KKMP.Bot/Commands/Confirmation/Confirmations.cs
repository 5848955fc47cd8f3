using System.Text.Json;
using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Confirmation;

/// <summary>
/// Risky writes wait for their author's YA. The dispatcher asks (<see cref="AskFirst"/>); the router
/// lets YA/BATAL answer a waiting write (<see cref="Answer"/>) and reminds about it after any other
/// message (<see cref="Remind"/>), which is handled normally and never discards it.
/// </summary>
public sealed class Confirmations(PendingActions pending, WriteEffects effects, LedgerDb ledger)
{
    public static readonly string[] Buttons = ["YA", "BATAL"];

    /// <summary>The question to ask instead of writing, with the write stored as pending; null when the write looks usual.</summary>
    public Reply? AskFirst(CommandContext context, Command command)
    {
        if (effects.Of(context, command) is not { } effect) return null;
        var reasons = RiskRules.Reasons(effect);
        if (reasons.Count == 0) return null;
        var preview = Preview(effect, reasons);
        pending.Save(new PendingActionDoc
        {
            Id = context.Asker.ConversationKey(context.Message.ChatId), MessageId = context.Message.MessageId,
            Text = context.Message.Text, IsGroup = context.Message.IsGroup, Preview = preview,
            // The effect's command: what the preview shows is what YA writes (a named non-member's sale without the name).
            CommandType = effect.Command.GetType().Name, CommandJson = JsonSerializer.Serialize(effect.Command, effect.Command.GetType()),
        });
        return Reply.Of(preview, Buttons);
    }

    /// <summary>"Jual beras 5 kg × Rp12 = Rp60? Harga biasa Rp12.500/kg. Stok 50 → 45 kg. Balas YA untuk mencatat atau BATAL."</summary>
    private static string Preview(WriteEffect effect, IReadOnlyList<string> reasons)
    {
        var parts = new List<string> { effect.Command.Guessed ? $"Maksudnya: {char.ToLowerInvariant(effect.Question[0])}{effect.Question[1..]}" : effect.Question };
        parts.AddRange(reasons.Where(r => r != ""));
        if (effect is { StockBefore: { } before, StockAfter: { } after })
            parts.Add($"Stok {Say.Number(before)} → {Say.Quantity(after, effect.Unit)}.");
        parts.Add(effect.Command is Undo ? "Balas YA untuk membatalkannya atau BATAL bila tidak jadi." : "Balas YA untuk mencatat atau BATAL.");
        return string.Join(' ', parts);
    }

    /// <summary>The write waiting in this chat for this user, or null.</summary>
    public PendingActionDoc? Waiting(IncomingMessage message, Asker asker) => pending.Find(asker.ConversationKey(message.ChatId));

    /// <summary>
    /// YA runs the waiting write under its original message id (so a second YA records nothing more);
    /// BATAL drops it. Null for any other message, which the router handles normally.
    /// </summary>
    public Reply? Answer(PendingActionDoc waiting, IncomingMessage message, Asker asker, CommandDispatcher dispatcher)
    {
        if (PendingActions.EarlierReply(waiting, message.MessageId) is { } earlier)
            return new Reply(WriteResult.Duplicate(earlier).Text); // a redelivered answer, to this question or an earlier one
        // A redelivered write (an old /batal that undid an entry) is a repeat, never an answer to what waits now.
        var origin = new WriteOrigin(asker.KoperasiId ?? "", message.Channel, message.ChatId, message.UserId, message.MessageId, message.Text ?? "");
        if (ledger.EarlierWrite(origin.MessageKey) is { } recorded) return new Reply(WriteResult.Duplicate(recorded).Text);
        if (waiting.AnsweredMessageId is not null) return null;
        var answer = ConfirmationWords.Read(message.Text);
        if (pending.IsExpired(waiting))
        {
            // Kept, not removed: its remembered answers still catch redeliveries.
            if (answer == ConfirmationWords.Answer.Neither) return null;
            // Remembered like any answer: a redelivered late BATAL must not become an undo.
            var late = new Reply($"Permintaan \"{waiting.Text.Trim()}\" sudah lewat {PendingActions.Lifetime.TotalMinutes:0} menit tanpa jawaban, " +
                                 "jadi tidak dicatat. Kirim ulang perintahnya bila masih perlu.");
            pending.MarkAnswered(waiting, message.MessageId, late.Text);
            return late;
        }
        switch (answer)
        {
            case ConfirmationWords.Answer.No:
                var cancelled = new Reply($"Baik, dibatalkan: \"{waiting.Text.Trim()}\" tidak dicatat.");
                pending.MarkAnswered(waiting, message.MessageId, cancelled.Text);
                return cancelled;
            case ConfirmationWords.Answer.Yes:
                if (CommandOf(waiting) is not { } command)
                {
                    pending.Remove(waiting.Id);
                    return new Reply("Permintaan yang menunggu tidak bisa dibaca lagi; kirim ulang perintahnya.");
                }
                var original = message with { MessageId = waiting.MessageId, Text = waiting.Text, IsGroup = waiting.IsGroup };
                var done = dispatcher.Run(original, asker, command, confirmed: true);
                pending.MarkAnswered(waiting, message.MessageId, done.Text);
                return done;
            default:
                return null;
        }
    }

    /// <summary>Adds "still waiting" to the reply of another message, unless that message replaced or settled the waiting write.</summary>
    public Reply Remind(PendingActionDoc waiting, IncomingMessage message, Asker asker, Reply reply)
    {
        if (pending.Find(asker.ConversationKey(message.ChatId)) is not { } still || still.MessageId != waiting.MessageId
            || still.AnsweredMessageId is not null || pending.IsExpired(still))
            return reply;
        return reply with
        {
            Text = $"{reply.Text}\n\n(Masih menunggu jawaban Anda untuk \"{still.Text.Trim()}\": balas YA untuk mencatat atau BATAL.)",
            SuggestedReplies = reply.SuggestedReplies.Count > 0 ? reply.SuggestedReplies : Buttons,
        };
    }

    /// <summary>Only types the command table declares are read back.</summary>
    private static Command? CommandOf(PendingActionDoc waiting) =>
        CommandTable.Declarations.FirstOrDefault(d => d.CommandType.Name == waiting.CommandType) is { } declaration
            ? JsonSerializer.Deserialize(waiting.CommandJson, declaration.CommandType) as Command
            : null;
}
