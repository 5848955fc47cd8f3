using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// Every command, declared once. The grammar (<see cref="CommandParser"/>), /bantuan (<see cref="HelpText"/>),
/// Telegram's menu, lone-word hints, unknown-command suggestions, the permission check and the dispatcher
/// all read this table. Adding a command: a record in Command.cs, a rule, a handler method, and one
/// declaration in a group below (plus tests).
/// </summary>
internal static class CommandTable
{
    /// <summary>In the order /bantuan and Telegram's menu show them.</summary>
    public static IReadOnlyList<CommandGroup> Groups { get; } = WithWords(
    [
        HelpCommands.Start,
        HelpCommands.Help,
        PriceCommands.Prices,
        StockCommands.Stock,
        StockCommands.Received,
        StockCommands.Sell,
        PriceCommands.SetPrice,
        ReferencePriceCommands.References,
        ItemCommands.Items,
        RecapCommands.Recap,
        RecapCommands.Undo,
        CityCommands.City,
        CityCommands.Compare,
        CityCommands.Share,
        CityCommands.Search,
        CityCommands.Contact,
        CityCommands.ContactReply,
        ReminderCommands.Reminders,
        BookCommands.Cash,
        BookCommands.Expense,
        BookCommands.Report,
        BookCommands.Chart,
        BookCommands.Export,
        CatalogueCommands.Settlement,
        CatalogueCommands.Catalogue,
        MemberCommands.Members,
        SavingsCommands.Savings,
        SavingsCommands.Arrears,
        ShuCommands.Shu,
        ShuCommands.Rat,
        MembershipCommands.Invite,
        MembershipCommands.Join,
        MembershipCommands.Cooperatives,
        BoardCommands.Faq,
        BoardCommands.Unanswered,
        BoardCommands.Answer,
        BoardCommands.Forward,
    ]);

    private static readonly Dictionary<string, CommandGroup> ByWord =
        Groups.SelectMany(g => g.Words.Select(w => (w, g))).ToDictionary(x => x.w, x => x.g);

    private static readonly Dictionary<Type, CommandDeclaration> ByType =
        Groups.SelectMany(g => g.Commands).ToDictionary(d => d.CommandType);

    public static IEnumerable<CommandDeclaration> Declarations => Groups.SelectMany(g => g.Commands);

    /// <summary>The group a command word (or synonym) belongs to, lower-case, without the slash.</summary>
    public static CommandGroup? Find(string word) => ByWord.GetValueOrDefault(word);

    /// <summary>Every word and synonym, for suggestions.</summary>
    public static IEnumerable<string> Words => ByWord.Keys;

    /// <summary>The declaration of a parsed command, or null for a type nobody declared (the dispatcher refuses it).</summary>
    public static CommandDeclaration? For(Command command) => ByType.GetValueOrDefault(command.GetType());

    public static IReadOnlyList<Role> AllowedRoles(Command command) => For(command)?.Roles ?? [];

    /// <summary>
    /// Every concrete <see cref="Command"/> type with no declaration, or declared twice; empty when the
    /// table is whole. Checked on start, so a forgotten declaration stops the host instead of failing a user.
    /// </summary>
    public static IReadOnlyList<string> Problems()
    {
        var declared = Declarations.GroupBy(d => d.CommandType).ToList();
        var commandTypes = typeof(Command).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(Command)));
        return
        [
            .. commandTypes.Where(t => !ByType.ContainsKey(t)).Select(t => $"{t.Name} has no declaration in CommandTable"),
            .. declared.Where(d => d.Count() > 1).Select(d => $"{d.Key.Name} is declared {d.Count()} times"),
            .. Declarations.Where(d => d.Examples.Count == 0).Select(d => $"{d.CommandType.Name} has no example"),
            // "@id" runs a command inside another cooperative: only reads may be pointed there.
            .. Declarations.Where(d => d.Records && typeof(IAddressed).IsAssignableFrom(d.CommandType))
                .Select(d => $"{d.CommandType.Name} records, so it may not be addressed to another cooperative"),
        ];
    }

    // Declarations show their group's word in refusals unless they name their own.
    private static CommandGroup[] WithWords(CommandGroup[] groups) =>
        [.. groups.Select(g => g with { Commands = [.. g.Commands.Select(d => d.Word == "" ? d with { Word = "/" + g.Word } : d)] })];
}
