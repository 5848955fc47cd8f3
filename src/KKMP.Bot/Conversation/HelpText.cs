using KKMP.Bot.Commands.Table;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Conversation;

/// <summary>The greeting and the command list, showing only what this user's role may do (read from <see cref="CommandTable"/>).</summary>
public static class HelpText
{
    public static string For(Asker asker, CooperativeDoc? cooperative, bool greeting)
    {
        var intro = greeting
            ? $"Selamat datang di KKMP.Bot{(cooperative is null ? "" : $" — {cooperative.Name}")}. Anda terdaftar sebagai {Permissions.Name(asker.Role)}."
            : $"Perintah untuk {Permissions.Name(asker.Role)}{(cooperative is null ? "" : $" di {cooperative.Name}")}:";
        var demo = cooperative?.IsDemo == true ? "\n(Ini koperasi DEMO: data contoh, bukan harga sungguhan.)" : "";
        return $"{intro}{demo}\n{string.Join('\n', Lines(asker.Role))}\nPertanyaan tentang aturan koperasi boleh ditulis biasa, misalnya: kapan RAT harus diadakan?";
    }

    /// <summary>What everyone may do first, then what narrower roles add (OrderBy is stable, so the table's order holds within a tier).</summary>
    private static IEnumerable<string> Lines(Role role) => CommandTable.Declarations
        .Where(d => d.Roles.Contains(role))
        .OrderByDescending(d => d.Roles.Count)
        .SelectMany(d => d.Examples.Where(e => e.InHelp))
        .Select(e => $"• {e.Text} — {e.Description}");
}
