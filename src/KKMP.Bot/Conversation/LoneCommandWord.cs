using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Conversation;

/// <summary>
/// A command word typed alone without the slash ("jual", "gabung"): the user wants the command but
/// not how to write it. Searched as a regulation question it found passages about selling land.
/// Only words the asker may use get the examples; others go on to the assistant as before.
/// </summary>
public static class LoneCommandWord
{
    // Words whose bare form is not already a complete command ("stok", "rekap", "barang", "harga" list things).
    private static readonly HashSet<string> Words = ["jual", "masuk", "setharga", "undang", "gabung"];

    public static Reply? Hint(string text, Role role)
    {
        var word = text.Trim().TrimEnd('?', '!', '.').ToLowerInvariant();
        if (!Words.Contains(word)) return null;
        var examples = CommandExamples.All.Where(e => e.Word == word && MayUse(role, e.Example)).ToList();
        if (examples.Count == 0) return null;
        var lines = examples.Select(e => $"• {e.Example} — {e.Description}");
        var intro = word == "gabung"
            ? "Untuk bergabung, minta kode undangan ke pengurus koperasi Anda, lalu kirim kodenya:"
            : $"Perintah {word} perlu ditulis lengkap, contoh:";
        return Reply.Of($"{intro}\n{string.Join('\n', lines)}");
    }

    private static bool MayUse(Role role, string example) =>
        CommandParser.Parse(example) is ParseResult.Parsed(var command) && Permissions.Allows(role, command);
}
