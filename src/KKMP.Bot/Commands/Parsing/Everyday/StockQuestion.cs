namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "stok beras berapa?", "sisa gula brp", "beras di sistem tinggal brp?", "minyak masih ada?": one item's stock
/// asked in words, which is /stok with the item's name. A number anywhere, typed or said ("kari telung karung"), makes it
/// a count instead, so it is not read here.
/// </summary>
internal static class StockQuestion
{
    private static readonly HashSet<string> StockWords =
        ["stok", "stock", "setok", "stoknya", "sisa", "sisanya", "tinggal", "persediaan", "kari", "tingga", "sesa", "sesana", "kantun", "sisane"];

    /// <summary>Words that ask: how many, is there still, let me see.</summary>
    private static readonly HashSet<string> Asking = ["cek", "lihat", "liat", "left", .. AskingWords.Still, .. AskingWords.ThereIs];

    /// <summary>Where and whether, beside the words around every request (<see cref="Requests.IsAround"/>).</summary>
    private static readonly HashSet<string> Around = ["sistem", "gudang", "toko", "rak", "kita", "kite", "aja", .. Negation.Plain, "kah", "ko", "how", "much", "many", "per", "saat"];

    /// <summary>"sisa", "stok", "kari": a word about what is left (the price question leaves those to this reader).</summary>
    public static bool IsStockWord(string lower) => StockWords.Contains(lower);

    public static Reading? Read(IReadOnlyList<Token> words)
    {
        if (words.Count < 2 || words.Any(w => w.Quoted || w.StartsLikeNumber || WordNumbers.SaysAmount(w.Lower))) return null;
        var said = words.Select(w => w.Lower).ToList();
        // "beras masih ada brp karung?", "beras masih brapa kilo di gudang?": "still there" asks the stock too
        var stillThere = said.Any(AskingWords.Still.Contains) && (said.Any(AskingWords.ThereIs.Contains) || said.Any(PriceQuestion.IsAskWord)) && !said.Any(PriceQuestion.IsPriceWord);
        if (!(said.Any(StockWords.Contains) || stillThere) || !said.Any(w => Asking.Contains(w) || PriceQuestion.IsAskWord(w))) return null;
        var item = words.Where(w => !StockWords.Contains(w.Lower) && !Asking.Contains(w.Lower) && !PriceQuestion.IsAskWord(w.Lower)
                                    && !Units.IsUnit(w.Text)
                                    && !Around.Contains(w.Lower) && !Requests.IsAround(w.Lower)).ToList();
        // "stok opname kapan?": a verb or a sentence word left over means it is not an item asked about.
        var fits = item.Count is >= 1 and <= 3
                   && item.All(w => w.Text.All(char.IsLetter) && !EverydayWords.NotItemWords.Contains(w.Lower) && !EverydayWords.Verbs.ContainsKey(w.Lower));
        return fits ? new Reading.Slash("stok", item, Attempt: false) { AsksStock = true } : null;
    }
}
