using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// Recognises a question whose premise comes from an article's wording before it was amended
/// ("katanya koperasi primer minimal 20 orang, bener?" when UU 6/2023 made it 9): a number the old
/// wording has and the wording in force does not, or a "katanya … bener gak?" question about an amended article.
/// </summary>
public static partial class OutdatedPremise
{
    public static string? Note(string question, Passage passage)
    {
        if (passage.ReplacedWording is not { } old || passage.AmendmentNote is null) return null;
        var asked = ChatNormalizer.Normalize(question);
        var oldOnly = Numbers(old).Except(Numbers(passage.Text)).ToHashSet();
        var quoted = Numbers(asked).Where(oldOnly.Contains).ToList();
        if (quoted.Count > 0)
            return $"Perhatian: angka {string.Join(", ", quoted)} dalam pertanyaan berasal dari bunyi lama pasal ini, sebelum {passage.AmendmentNote}. " +
                   "Anggapan itu sudah tidak berlaku; yang berlaku adalah bunyi yang dikutip di atas.";
        return Hearsay().IsMatch(asked)
            ? $"Perhatian: pasal ini {passage.AmendmentNote}; yang dikutip di atas adalah bunyi yang berlaku sekarang. Kalau yang Anda dengar berasal dari bunyi lama (UU 25/1992 sebelum diubah), itu sudah tidak berlaku."
            : null;
    }

    private static IEnumerable<string> Numbers(string text) => Number().Matches(text).Select(m => m.Value.TrimStart('0'));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(katanya|kata orang|denger|dengar|setahu saya|bukannya|benar tidak|benar kah|benarkah|apa benar|masih berlaku)\b")]
    private static partial Regex Hearsay();
}
