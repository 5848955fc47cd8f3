namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "eh salah, harusnya 3 kg", "ralat: 2 liter": a correction of an entry already recorded. Which entry
/// and which field is a guess, so nothing is recorded; the reply says how to fix it.
/// </summary>
internal static class Corrections
{
    private static readonly HashSet<string> Words = ["ralat", "harusnya", "seharusnya", "mestinya", "koreksi", "revisi"];

    public const string Reply =
        "Koreksi tidak mengubah catatan yang sudah masuk, jadi belum ada yang dicatat. Kalau catatan terakhir Anda salah, " +
        $"kirim {CommandExamples.Undo} lalu kirim catatan yang benar, contoh: /jual beras 3 kg";

    /// <summary>"batal jual beras 2 kg": cancelling one particular entry; /batal takes back the last one.</summary>
    private static readonly HashSet<string> Cancel = ["batal", "batalkan", "batalin", "dibatalkan", "cancel", "hapus", "hapusin", "dihapus"];

    public static Reading? Read(IReadOnlyList<Token> words) =>
        words.Any(w => !w.Quoted && Words.Contains(w.Lower))
        || (words.Any(w => w.Lower == "salah" || Cancel.Contains(w.Lower)) && words.Any(w => w.StartsLikeNumber))
            ? Reading.Ask(Reply)
            : null;
}
