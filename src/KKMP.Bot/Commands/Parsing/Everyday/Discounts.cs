namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// An invoice with a discount ("@16.500 = 825.000, potongan 25.000 → bayar 800.000"): the price per unit typed is not what
/// was paid, and which figure is the net one is the writer's to say. Neither the grammar nor the guess records it; both ask
/// for the net price per unit.
/// </summary>
internal static class Discounts
{
    private static readonly HashSet<string> Words = ["diskon", "disc", "disk", "discount", "potongan", "potong", "rabat", "netto", "nett", "net"];

    /// <summary>A discount word with money or a percentage within the next three words.</summary>
    public static bool Mentioned(IReadOnlyList<Token> words)
    {
        for (var i = 0; i < words.Count; i++)
            if (!words[i].Quoted && Words.Contains(words[i].Lower.TrimEnd(',', '.', ':')))
                for (var k = i + 1; k < Math.Min(words.Count, i + 4); k++)
                    if (words[k].StartsLikeNumber || MoneyReader.IsPriceStart(words[k]) || words[k].Text.StartsWith('(')) return true;
        return false;
    }

    public const string Ask =
        "Ada potongan/diskon, jadi belum dicatat: harga per satuan yang tertulis bukan yang dibayar. " +
        "Tulis harga bersih per satuannya, contoh: /masuk gula 50 kg @16.000";
}
