using System.Text.RegularExpressions;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Assistant;

public enum QuestionKind { Regulation, Price, PriceList, Stock, Cooperative }

/// <summary>
/// What a free-text message asks for. Shop questions are recognised by a few Indonesian words so
/// the offline mode can answer them from the shop (price questions by the grammar's own
/// <see cref="PriceQuestion"/>); everything else is a regulation question.
/// </summary>
public sealed partial record Question(QuestionKind Kind, string Text, string? Item = null)
{
    public bool IsShop => Kind is not QuestionKind.Regulation;

    /// <summary>
    /// Like <see cref="Classify(string)"/>, but a short follow-up to a price question ("kalau gula?")
    /// asks for the price of what it names.
    /// </summary>
    public static Question Classify(string text, string? previousUserText)
    {
        var question = Classify(text);
        if (question.Kind != QuestionKind.Regulation || previousUserText is null
            || Classify(previousUserText).Kind is not (QuestionKind.Price or QuestionKind.PriceList)
            || Spaces().Split(text.Trim()).Length > MaxFollowUpWords)
            return question;
        var item = ItemWords(text.ToLowerInvariant());
        return item.Length == 0 ? question : new(QuestionKind.Price, question.Text, item);
    }

    private const int MaxFollowUpWords = 4;

    public static Question Classify(string text)
    {
        var clean = text.Trim();
        var lower = clean.ToLowerInvariant();
        if (CooperativeWords().IsMatch(lower))
            return new(QuestionKind.Cooperative, clean);
        if (StockWords().IsMatch(lower))
            return new(QuestionKind.Stock, clean);
        // "harga resmi beras", "HET minyakita": the official reference prices are in the knowledge base, not the shop.
        if (ReferencePriceWords().IsMatch(lower))
            return new(QuestionKind.Regulation, clean);
        return PriceQuestion.Classify(clean) switch
        {
            null => new(QuestionKind.Regulation, clean),
            { Item: null } => new(QuestionKind.PriceList, clean),
            { Item: var item } => new(QuestionKind.Price, clean, item.ToLowerInvariant()),
        };
    }

    [GeneratedRegex(@"\b(het|hap|harga (resmi|acuan|eceran tertinggi|tertinggi)|acuan)\b")]
    private static partial Regex ReferencePriceWords();

    // "sisa hasil usaha" (SHU) is a regulation topic, so only "stok"/"persediaan" mean stock.
    [GeneratedRegex(@"\b(stok|stock|persediaan)(nya)?\b")]
    private static partial Regex StockWords();

    [GeneratedRegex(@"^(info|profil|data|tentang)\s+koperasi\b|\bkoperasi\s+(saya|kami|kita)\s+(apa|mana|yang mana)\b|^(apa|siapa)\s+(peran|role)\s+saya\b")]
    private static partial Regex CooperativeWords();

    private static string ItemWords(string lower) =>
        Spaces().Replace(Punctuation().Replace(NoiseWords().Replace(lower, " "), " "), " ").Trim();

    [GeneratedRegex(@"\b(berapa|brp|kalau|kalo|sekarang|skrg|hari|ini|di|koperasi|gerai|toko|warung|kita|kami|saya|per|perkilo|kg|kilo|liter|ltr|yang|nya|dong|ya|sih|kak|pak|bu|mas|mbak|apa|ada|untuk|buat|tolong|info|cek|lihat)\b")]
    private static partial Regex NoiseWords();

    [GeneratedRegex(@"[^\p{L}\p{N}\s]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
