namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// "/harga beras" and the way members actually ask: "harga beras berapa?", "brp harga gula",
/// "berapa harga minyak?", "harga telur skrg brp", "harga beras per kg berapa ya kak".
/// Filler words are dropped; what remains is the item (none = the whole price list).
/// </summary>
internal static class PriceQuestion
{
    private static readonly HashSet<string> AskWords = ["berapa", "brp", "brapa", "berapaan", "brapaan", "brapa"];

    private static readonly HashSet<string> PriceWords = ["harga", "harganya", "hrg"];

    private static readonly HashSet<string> Fillers =
    [
        .. AskWords, "skrg", "skg", "sekarang", "hari", "ini", "ya", "yah", "sih", "kak", "kakak", "dong", "nih",
        "min", "gan", "bang", "bu", "pak", "mas", "mbak", "di", "koperasi", "toko", "gerai", "saat", "tuh",
        "apa", "yg", "yang", "kah", "ada", "deh", "tolong", "info", "mau", "tanya", "jual",
    ];

    /// <summary>True for "berapa harga …" / "brp harga …": a question word followed by a price word.</summary>
    public static bool StartsLikeQuestion(IReadOnlyList<Token> tokens) =>
        tokens.Count >= 2 && AskWords.Contains(Clean(tokens[0].Lower)) && PriceWords.Contains(Clean(tokens[1].Lower));

    public static bool IsPriceWord(string word) => PriceWords.Contains(word);

    /// <summary>The item asked about in the words after "harga"; null for the whole list.</summary>
    public static PriceQuery Read(IReadOnlyList<Token> words, bool fromQuestion)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = Clean(words[i].Text);
            var lower = word.ToLowerInvariant();
            if (word.Length == 0 || Fillers.Contains(lower) || PriceWords.Contains(lower)) continue;
            // "per kg", "/kg", "sekilo" and "1 kg" say which unit is meant, not which item.
            if (lower == "per" && i + 1 < words.Count && Units.IsUnit(Clean(words[i + 1].Text))) { i++; continue; }
            if (lower.StartsWith('/') && Units.IsUnit(lower[1..])) continue;
            if (lower is "sekilo" or "seliter" or "sebutir" or "sekarung" or "sebungkus") continue;
            if (words[i].StartsLikeNumber)
            {
                IndonesianNumber.TrySplitGlued(word, out _, out var glued);
                if (glued.Length > 0 && Units.IsUnit(glued)) continue;
                if (glued.Length == 0 && i + 1 < words.Count && Units.IsUnit(Clean(words[i + 1].Text))) { i++; continue; }
                throw GrammarError.With("Untuk mengubah harga pakai /setharga.", CommandExamples.SetPrice);
            }
            kept.Add(word);
        }
        var item = kept.Count == 0 ? null : AmountReader.CheckName(string.Join(' ', kept), CommandExamples.Price);
        return new PriceQuery(item) { FromQuestion = fromQuestion };
    }

    private static string Clean(string word) => word.Trim('?', '!', '.', ',', ':', ';');
}
