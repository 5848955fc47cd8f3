using KKMP.Bot.City;
using KKMP.Bot.Commands.Confirmation;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// Finds the command's declaration, checks cooperative, role and chat kind against it, asks first when a
/// write looks like a typo (see <see cref="RiskRules"/>), then runs its handler.
/// </summary>
public sealed class CommandDispatcher(
    IServiceProvider services, CooperativeDirectory cooperatives, UserDirectory users, Confirmations confirmations, CityScope scope, ILogger<CommandDispatcher> logger)
{
    /// <param name="confirmed">True when the author answered YA to this write: it is not asked about again.</param>
    public Reply Run(IncomingMessage message, Asker asker, Command command, bool confirmed = false)
    {
        if (CommandTable.For(command) is not { } declaration)
        {
            // Start-up validation makes this unreachable for the app's own commands; never run an undeclared one.
            logger.LogError("Command type {Type} has no declaration in CommandTable", command.GetType().Name);
            return new Reply(CommandPolicy.Undeclared);
        }
        var cooperative = asker.KoperasiId is { } id ? cooperatives.Get(id) : null;
        if (cooperative is null && declaration.NeedsCooperative) return new Reply(CommandPolicy.NoCooperative);
        if (CommandPolicy.Refusal(declaration, asker.Role, ChatKindOf(message)) is { } refusal) return new Reply(refusal);

        var context = new CommandContext(message, asker, cooperative ?? new CooperativeDoc { Id = "", Name = "KKMP.Bot" }) { Confirmed = confirmed };
        if (command is IAddressed { At: { } at } && cooperative is not null)
        {
            // Only reads are addressed: the command runs as if asked inside that cooperative.
            var (target, addressRefusal) = scope.Address(asker, cooperative, at, declaration.Examples.Select(e => e.Text).LastOrDefault(e => e.Contains('@')) ?? declaration.Word);
            if (target is null) return new Reply(addressRefusal!);
            context = context with { Cooperative = target };
        }
        if (!confirmed && declaration.Records && confirmations.AskFirst(context, command) is { } question) return question;
        return declaration.Handle(services, context, command);
    }

    private ChatKinds ChatKindOf(IncomingMessage message) =>
        !message.IsGroup ? ChatKinds.Private
        : users.GroupLink(message.Channel, message.ChatId) is not null ? ChatKinds.LinkedGroup : ChatKinds.UnlinkedGroup;
}
