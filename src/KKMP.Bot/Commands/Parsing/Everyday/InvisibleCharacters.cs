using System.Buffers;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// Characters a reader cannot see. Bidirectional controls (U+202A–U+202E, U+2066–U+2069) can make a
/// message read differently from what is stored ("Trojan Source"), so a message with one is refused.
/// Zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF) are what phone keyboards insert by
/// themselves; they are removed so they never split or change a number, unit or item name.
/// </summary>
public static class InvisibleCharacters
{
    private static readonly SearchValues<char> BidiControls =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static readonly SearchValues<char> ZeroWidth = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>The text without zero-width characters, or null when it holds a bidi control (to be refused).</summary>
    public static string? Clean(string text)
    {
        // One vectorised range test clears nearly every message; only text with characters from U+200B up looks closer.
        if (!text.AsSpan().ContainsAnyInRange('\u200B', '\uFEFF')) return text;
        return text.AsSpan().ContainsAny(BidiControls) ? null : StripZeroWidth(text);
    }

    private static string StripZeroWidth(string text)
    {
        if (!text.AsSpan().ContainsAny(ZeroWidth)) return text;
        return string.Create(text.Length - Count(text), text, (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
                if (!ZeroWidth.Contains(c)) span[at++] = c;
        });
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text) if (ZeroWidth.Contains(c)) count++;
        return count;
    }

    /// <summary>The refusal, naming the character found (never the character itself, which would turn the reply around too).</summary>
    public static string BidiRefusal(string text)
    {
        var at = text.AsSpan().IndexOfAny(BidiControls);
        var code = at >= 0 ? $" (U+{(int)text[at]:X4})" : "";
        return $"Pesan ini berisi karakter tersembunyi{code} yang membalik arah tulisan, jadi tidak dicatat. " +
               $"Ketik ulang perintahnya langsung (jangan disalin dari tempat lain), contoh: {CommandExamples.Sale}";
    }
}
