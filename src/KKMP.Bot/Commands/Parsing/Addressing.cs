namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// A read that may be pointed at another cooperative with "@kkmp-sukamaju" (a pembina reading one
/// cooperative of the city). The dispatcher checks the address and runs the command on that cooperative.
/// </summary>
public interface IAddressed
{
    /// <summary>The cooperative id typed after '@', or null for the asker's own cooperative.</summary>
    string? At { get; }
}

internal static class Addressing
{
    /// <summary>Takes the first "@id" word out of the arguments; the id is lower-cased as ids are.</summary>
    /// <remarks>An id starts with a letter: "@12.000" is a price, which other rules read (and refuse where none belongs).</remarks>
    public static string? Take(ref IReadOnlyList<Token> args)
    {
        var index = args.ToList().FindIndex(a => !a.Quoted && a.Text.Length > 1 && a.Text[0] == '@' && char.IsAsciiLetter(a.Text[1]));
        if (index < 0) return null;
        var id = args[index].Lower[1..];
        args = [.. args.Where((_, i) => i != index)];
        return id;
    }
}
