using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>What kind of answer a question wants, read from its wording.</summary>
public static partial class QuestionIntent
{
    /// <summary>
    /// "apa itu X", "X itu apa", "pengertian X", "yang dimaksud X": a definition is wanted; so is
    /// "bedanya X dan Y": a difference is answered by the two definitions.
    /// </summary>
    public static bool AsksForDefinition(string question) => Definition().IsMatch(ChatNormalizer.Normalize(question));

    [GeneratedRegex(@"\b(apa itu|itu apa|apa sih|apakah itu|pengertian|definisi|yang dimaksud|dimaksud dengan|arti(nya)?|maksud(nya)?|beda(nya)?|perbedaan(nya)?)\b")]
    private static partial Regex Definition();
}
