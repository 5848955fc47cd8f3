using System.Text;

namespace KKMP.Bot.Commands.Naming;

/// <summary>
/// User text echoed in a reply ("Satuan "…" tidak dikenal") must not steer how the reply renders:
/// bidi controls are shown as their code points (U+202E) instead of reversing the rest of the line.
/// </summary>
public static class VisibleText
{
    public static string Escape(string text)
    {
        if (!text.Any(IsBidiControl)) return text;
        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            shown.Append(IsBidiControl(c) ? $"U+{(int)c:X4}" : c);
        return shown.ToString();
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
