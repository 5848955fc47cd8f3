using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Table;

/// <summary>An example as users see it in /bantuan, hints and error messages, with what it does (Indonesian).</summary>
public sealed record CommandExample(string Text, string Description)
{
    /// <summary>False for a second example that only hints and errors show (/bantuan keeps one line per command).</summary>
    public bool InHelp { get; init; } = true;
}

/// <summary>Where a command may run. The chat kind matters for what others in the chat see.</summary>
[Flags]
public enum ChatKinds
{
    Private = 1,
    /// <summary>A group linked to a cooperative (/undang grup, then /gabung KODE there).</summary>
    LinkedGroup = 2,
    UnlinkedGroup = 4,
    Any = Private | LinkedGroup | UnlinkedGroup,
}

/// <summary>
/// One command (one <see cref="Command"/> type): who may run it, where, its examples and its handler.
/// Built with <see cref="Declare"/>; the dispatcher, the permission check and the help are read from it.
/// </summary>
public abstract record CommandDeclaration(Type CommandType, IReadOnlyList<Role> Roles, IReadOnlyList<CommandExample> Examples)
{
    /// <summary>The word shown in refusals ("/jual", "/barang").</summary>
    public string Word { get; init; } = "";

    public ChatKinds Chats { get; init; } = ChatKinds.Any;

    /// <summary>False for what a stranger without a cooperative may still do (help, /gabung, the admin's /koperasi tambah).</summary>
    public bool NeedsCooperative { get; init; } = true;

    /// <summary>True for commands that record into the shop's ledger; a member who tries one is told how to become a pengelola.</summary>
    public bool Records { get; init; }

    /// <summary>The handler class, registered in DI by <see cref="CommandTableExtensions.AddCommands"/>.</summary>
    public abstract Type HandlerType { get; }

    public abstract Reply Handle(IServiceProvider services, CommandContext context, Command command);
}

/// <summary>A declaration whose handler is a method of <typeparamref name="THandler"/> taking <typeparamref name="TCommand"/>.</summary>
public sealed record CommandDeclaration<TCommand, THandler>(
    IReadOnlyList<Role> Roles, Func<THandler, CommandContext, TCommand, Reply> Handler, IReadOnlyList<CommandExample> Examples)
    : CommandDeclaration(typeof(TCommand), Roles, Examples)
    where TCommand : Command where THandler : notnull
{
    public override Type HandlerType => typeof(THandler);

    public override Reply Handle(IServiceProvider services, CommandContext context, Command command) =>
        Handler(services.GetRequiredService<THandler>(), context, (TCommand)command);
}

public static class Declare
{
    /// <summary>Declares <typeparamref name="TCommand"/>: the roles allowed, its handler method and its examples (the first is shown in /bantuan).</summary>
    public static CommandDeclaration<TCommand, THandler> Command<TCommand, THandler>(
        IReadOnlyList<Role> roles, Func<THandler, CommandContext, TCommand, Reply> handler, params CommandExample[] examples)
        where TCommand : Command where THandler : notnull => new(roles, handler, examples);
}

/// <summary>The role sets commands use, from widest to narrowest.</summary>
public static class RoleSets
{
    public static readonly Role[] Everyone = [Role.Anggota, Role.Pengawas, Role.Pengelola, Role.Pengurus, Role.Pembina, Role.Admin];
    public static readonly Role[] Readers = [Role.Pengawas, Role.Pengelola, Role.Pengurus, Role.Pembina, Role.Admin];
    public static readonly Role[] Writers = [Role.Pengelola, Role.Pengurus, Role.Admin];
    public static readonly Role[] Board = [Role.Pengurus, Role.Admin];
    public static readonly Role[] AdminOnly = [Role.Admin];
}
