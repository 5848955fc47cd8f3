namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "Minyakita 1 ltr — 2 dus", "Beras Medium 25kg x 4 karung", "Beras SPHP 5kg 10 bks", "minyak goreng kemasan 1 liter
/// sebanyak 6 liter": the size of one pack written after the goods' name, then how many. The size describes the goods
/// (the catalogue knows its packs); the count is the quantity, so the size goes. Only a weight or volume right after a
/// name, followed by a count that a joining word ("x", "—", "sebanyak") introduces or that is counted in packs.
/// </summary>
internal static class PackSizes
{
    private static readonly HashSet<string> Joiners = ["x", "×", "—", "–", "-", "sebanyak", "sejumlah"];
    private static readonly HashSet<string> Measures = ["kg", "gram", "ons", "liter", "ml"];
    private static readonly HashSet<string> Packs = ["dus", "karung", "sak", "bungkus", "pack", "pcs", "botol", "renteng", "lusin", "kaleng", "sachet", "tray"];

    public static List<Token> Without(List<Token> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!IsName(words[i - 1]) || Size(words, i) is not { } sizeEnd) continue;
            var joined = sizeEnd < words.Count && Joiners.Contains(words[sizeEnd].Lower);
            var countAt = joined ? sizeEnd + 1 : sizeEnd;
            if (Count(words, countAt) is not { } countUnit || !(joined || Packs.Contains(countUnit))) continue;
            words.RemoveRange(i, countAt - i);
            break;
        }
        return words;
    }

    /// <summary>The index after a weight or volume at <paramref name="i"/> ("25kg", "1 ltr"), or null.</summary>
    private static int? Size(IReadOnlyList<Token> words, int i)
    {
        if (words[i].Quoted || !words[i].StartsLikeNumber) return null;
        if (IndonesianNumber.TrySplitGlued(words[i].Text, out _, out var glued) && glued.Length > 0)
            return Units.Normalize(glued) is { } unit && Measures.Contains(unit) ? i + 1 : null;
        return i + 1 < words.Count && Units.Normalize(words[i + 1].Text) is { } next && Measures.Contains(next) ? i + 2 : null;
    }

    /// <summary>The unit of a count at <paramref name="i"/> ("2 dus", "4 karung", "10bks"), or null.</summary>
    private static string? Count(IReadOnlyList<Token> words, int i)
    {
        if (i >= words.Count || words[i].Quoted || !words[i].StartsLikeNumber) return null;
        if (IndonesianNumber.TrySplitGlued(words[i].Text, out _, out var glued) && glued.Length > 0) return Units.Normalize(glued);
        return i + 1 < words.Count ? Units.Normalize(words[i + 1].Text) : null;
    }

    private static bool IsName(Token word) =>
        !word.Quoted && word.Text.All(char.IsLetter) && !Units.IsUnit(word.Text) && !EverydayWords.Fillers.Contains(word.Lower)
        && !EverydayWords.Verbs.ContainsKey(word.Lower) && !EverydayWords.PriceMarkers.Contains(word.Lower);
}
