using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Channels.Terminal;

/// <summary>
/// A terminal cannot show a file: it is written under <c>Terminal:ExportsPath</c> (default: an
/// <c>exports</c> folder beside the ledger file) and its path is printed. An existing file is never overwritten.
/// </summary>
public static class TerminalFiles
{
    public const string ExportsPathKey = "Terminal:ExportsPath";

    public static string Folder(IConfiguration configuration)
    {
        if (configuration[ExportsPathKey] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        var ledger = configuration[$"{LedgerOptions.SectionName}:{nameof(LedgerOptions.Path)}"] ?? new LedgerOptions().Path;
        var beside = ledger == ":memory:" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(ledger))!;
        return Path.Combine(beside, "exports");
    }

    /// <summary>Writes the file and returns its full path.</summary>
    public static string Write(string folder, Attachment file)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(file.Name); // a name is never a path
        var (stem, extension) = (Path.GetFileNameWithoutExtension(name), Path.GetExtension(name));
        var path = Path.Combine(folder, name);
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(folder, $"{stem}-{n}{extension}");
        File.WriteAllBytes(path, file.Bytes);
        return path;
    }
}
