namespace KKMP.Bot.Commands.Confirmation;

/// <summary>How people answer "Balas YA … atau BATAL" on a phone.</summary>
public static class ConfirmationWords
{
    public enum Answer { Neither, Yes, No }

    private static readonly HashSet<string> Yes = ["ya", "iya", "y", "yes", "ok", "oke", "okay", "okey", "ya catat", "iya catat", "ok catat"];

    // "/batal" too: with a write waiting, it cancels that write rather than undoing an earlier one.
    private static readonly HashSet<string> No =
        ["batal", "/batal", "batalkan", "tidak", "tdk", "gak", "ga", "nggak", "enggak", "gak jadi", "ga jadi", "nggak jadi", "enggak jadi",
         "gajadi", "tidak jadi", "cancel", "no", "jangan"];

    public static Answer Read(string? text)
    {
        var word = string.Join(' ', (text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', '!', ',');
        return Yes.Contains(word) ? Answer.Yes : No.Contains(word) ? Answer.No : Answer.Neither;
    }
}
