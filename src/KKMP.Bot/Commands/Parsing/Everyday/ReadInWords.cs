namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "cek stok dong", "stok barang smua sisa brp", "kas hari ini brp", "stok galo barang berapo": the whole
/// list of a read command asked in words. Only when every other word is asking-around (no item,
/// no number), so "stok opname kapan?" and "sisa beras berapa?" stay with their own readers.
/// </summary>
internal static class ReadInWords
{
    private static readonly Dictionary<string, string> Subjects = new()
    {
        ["stok"] = "stok", ["stock"] = "stok", ["setok"] = "stok", ["persediaan"] = "stok",
        ["kas"] = "kas", ["stoknya"] = "stok",
    };

    private static readonly HashSet<string> Around =
    [
        .. FormsOfAddress.All, .. AskingWords.How, .. AskingWords.All, .. AskingWords.Now,
        .. AskingWords.ThereIs,
        "cek", "coba", "minta", "tolong", "dong", "ya", "barang",
        "hari", "hr", "ini", "total", "posisi",
        "aja", "saja", "nya", "yg", "yang", "kita", "saldo", "duit", "uang", "udh", "udah", "toko", "gerai", "daftar", "list", "mo",
        // "stok apa aja yg tinggal sedikit / mau habis": the list answers it
        "sedikit", "dikit", "menipis", "tipis", "hampir", "mau", "habis", "abis",
        "ape", "aje", // Betawi apa, aja
        // where: "stok di gudang"; Acehnese peu (what), mantong (still), na (there is): "stok peu mantong na di gudang?"
        "gudang", "peu", "mantong", "na",
    ];

    public static Reading? Read(IReadOnlyList<Token> words)
    {
        if (words.Count < 2) return null;
        string? subject = null;
        foreach (var word in words)
        {
            if (word.Quoted || word.StartsLikeNumber) return null;
            if (Subjects.TryGetValue(word.Lower, out var said))
            {
                if (subject is not null && subject != said) return null;
                subject = said;
            }
            // "stok kabeh kari piro": a word about what is left (sisa, tinggal, Javanese kari) asks the same list
            else if (!Around.Contains(word.Lower) && !StockQuestion.IsStockWord(word.Lower) && !Requests.IsAround(word.Lower) && !PriceQuestion.IsAskWord(word.Lower)) return null;
        }
        return subject is null ? null : new Reading.Slash(subject, [], Attempt: false);
    }
}
