using KKMP.Bot.Commands.Table;

namespace KKMP.Bot.Conversation;

/// <summary>
/// A command word typed alone without the slash ("jual", "gabung"): the user wants the command but
/// not how to write it. Searched as a regulation question it found passages about selling land.
/// Only words whose bare form is not already a complete command get a hint ("stok" alone lists the
/// stock), and only with the examples the asker may use; others go on to the assistant as before.
/// </summary>
public static class LoneCommandWord
{
    private static readonly Dictionary<string, CommandGroup> Hinted = CommandTable.Groups
        .Where(g => g.NeedsArguments)
        .SelectMany(g => g.Words.Select(w => (w, g)))
        .ToDictionary(x => x.w, x => x.g);

    public static Reply? Hint(string text, Role role)
    {
        var word = text.Trim().TrimEnd('?', '!', '.').ToLowerInvariant();
        if (!Hinted.TryGetValue(word, out var group)) return null;
        var examples = group.Commands.Where(d => d.Roles.Contains(role)).SelectMany(d => d.Examples).ToList();
        if (examples.Count == 0) return null;
        var lines = examples.Select(e => $"• {e.Text} — {e.Description}");
        var intro = group.LoneWordIntro ?? $"Perintah {word} perlu ditulis lengkap, contoh:";
        return Reply.Of($"{intro}\n{string.Join('\n', lines)}");
    }
}
