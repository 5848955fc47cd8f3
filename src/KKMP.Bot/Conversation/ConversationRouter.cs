using KKMP.Bot.Commands.Confirmation;
using KKMP.Bot.Commands.Guessing;
using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Table;
using KKMP.Bot.Hosting.Logging;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Conversation;

/// <summary>
/// Every channel's entry point: who is speaking; then YA/BATAL to a write waiting for confirmation,
/// or a command (role-checked), or the assistant. A waiting write survives any other message.
/// </summary>
public sealed class ConversationRouter(
    IdentityResolver identity, CommandDispatcher dispatcher, Confirmations confirmations, IAssistant assistant, ItemResolver items, ShopGuess guess,
    Notices notices, IEnumerable<IUserNotifier> notifiers, Push.PushPreferences pushPreferences,
    IOptions<BotOptions> options, ILogger<ConversationRouter> logger) : IConversationRouter
{
    private readonly HashSet<string> _pushChannels = notifiers.Select(n => n.Channel).ToHashSet(StringComparer.Ordinal);

    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        pushPreferences.Seen(Ledger.Documents.UserDoc.KeyOf(message.Channel, message.UserId)); // a user who blocked the bot and writes again is reachable
        var reply = await RouteAsync(message, cancellationToken);
        // A channel that cannot reach a user unprompted (web chat, terminal) shows what came for them since their last message.
        if (_pushChannels.Contains(message.Channel) || notices.TakeFor(message.Channel, message.UserId) is not [_, ..] waiting) return reply;
        return reply with { Text = $"{string.Join("\n\n", waiting)}\n\n———\n{reply.Text}" };
    }

    private async Task<Reply> RouteAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var text = message.Text ?? "";
        var max = options.Value.MaxMessageLength;
        if (text.Length > max)
            return new Reply($"Pesan terlalu panjang (paling banyak {max} huruf). Tulis lebih singkat, contoh: /jual gula 2,5 kg");

        var asker = identity.Resolve(message);
        var waiting = confirmations.Waiting(message, asker);
        if (waiting is not null && Safely(message, () => confirmations.Answer(waiting, message, asker, dispatcher), "confirmation") is { } answer)
            return answer;
        var reply = await CommandOrQuestionAsync(message, asker, text, cancellationToken);
        return waiting is null ? reply : confirmations.Remind(waiting, message, asker, reply);
    }

    private async Task<Reply> CommandOrQuestionAsync(IncomingMessage message, Asker asker, string text, CancellationToken cancellationToken)
    {
        var parsed = CommandParser.Parse(text);
        if (parsed is ParseResult.Invalid or ParseResult.NotACommand && Guess(asker, text) is { } guessed)
            return guessed switch
            {
                ShopGuess.Result.Proposal(var command) => Safely(message, () => dispatcher.Run(message, asker, command), command.GetType().Name)!,
                ShopGuess.Result.Ask(var question) => new Reply(question),
                _ => throw new InvalidOperationException(guessed.ToString()),
            };
        switch (parsed)
        {
            case ParseResult.Invalid invalid:
                return new Reply(Commands.Naming.VisibleText.Escape(invalid.Message));
            case ParseResult.Parsed(var command):
                if (asker.KoperasiId is { } cooperativeId && guess.Reread(cooperativeId, text, command) is { } better) command = better.Command;
                command = MemberQuestions.AsAsked(command, asker.Role);
                return Safely(message, () => dispatcher.Run(message, asker, command), command.GetType().Name)!;
            // "beras berapa?" is a price question when beras is on this cooperative's list ("anggota berapa?" is not).
            case ParseResult.NotACommand when CommandParser.CandidatePriceQuestion(text) is { Item: { } item } guess
                                               && asker.KoperasiId is { } koperasiId
                                               && items.Resolve(koperasiId, item) is ItemResolution.Found:
                return dispatcher.Run(message, asker, guess);
            default:
                if (LoneCommandWord.Hint(text, asker.Role) is { } hint) return hint;
                switch (SmallTalk.Of(text))
                {
                    case SmallTalk.Kind.Greeting: return dispatcher.Run(message, asker, new HelpCommand(IsGreeting: true) { Casual = true });
                    case SmallTalk.Kind.Thanks: return new Reply(SmallTalk.ThanksReply);
                    case SmallTalk.Kind.Acknowledgement: return new Reply(SmallTalk.AcknowledgementReply);
                    case SmallTalk.Kind.Order: return Reply.Of(SmallTalk.OrderReply(asker.Role), "/harga");
                }
                return await assistant.AnswerAsync(new AssistantRequest(asker, text, asker.ConversationKey(message.ChatId)), cancellationToken);
        }
    }

    /// <summary>
    /// A shop message the grammar could not take as written, read again against the cooperative's catalogue
    /// (see <see cref="ShopGuess"/>); always previewed before writing. Someone who may not record sales ("bu sy mau nyatet td
    /// laku gula 1 kg" from a member) gets only the entry read, which the dispatcher refuses with how to become a pengelola,
    /// never the guess's questions about an entry they cannot make.
    /// </summary>
    private ShopGuess.Result? Guess(Asker asker, string text) =>
        asker.KoperasiId is not { } koperasiId ? null
        : CommandTable.AllowedRoles(GuessedSale).Contains(asker.Role) ? guess.Read(koperasiId, text)
        : guess.Read(koperasiId, text) as ShopGuess.Result.Proposal;

    private static readonly Sale GuessedSale = new("", new Quantity(1, null), null);

    /// <summary>A write's transaction is rolled back when it throws: say so rather than leave the user guessing.</summary>
    private Reply? Safely(IncomingMessage message, Func<Reply?> run, string what)
    {
        try
        {
            return run();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var id = error is LedgerFaultedException
                ? logger.Expected(error, $"Command {what} from {message.Channel}:{message.UserId} refused")
                : logger.Unexpected(error, $"Command {what} from {message.Channel}:{message.UserId} failed");
            return new Reply($"Maaf, terjadi kesalahan dan catatan ini TIDAK disimpan. Coba kirim ulang sebentar lagi. (kode galat {id})");
        }
    }
}
