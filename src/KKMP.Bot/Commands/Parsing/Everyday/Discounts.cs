using KKMP.Bot.Ledger;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// An invoice with a discount ("50 kg @16.500 = 825.000, potongan 25.000 → bayar 800.000"): the price per unit typed is
/// not what was paid. When the figures say one net total (the sum paid, or the gross less the discount, and the two agree
/// when both are written), the entry is read at the net price per typed unit and previewed for YA like a guess, so the
/// writer checks the figure the bot worked out. Otherwise, or when part was paid and part owed, it asks for the net price.
/// </summary>
internal static class Discounts
{
    private static readonly HashSet<string> DiscountWords = ["diskon", "disc", "disk", "discount", "potongan", "potong", "rabat"];

    /// <summary>"netto 380.000": the net sum, which also says there was a discount.</summary>
    private static readonly HashSet<string> NetWords = ["netto", "nett", "net"];

    /// <summary>Words before the sum actually paid ("bayar 800.000", "netto 380.000", "jd 1.740.000", "→ 800.000").</summary>
    private static readonly HashSet<string> PaidWords = [.. NetWords, "bayar", "dibayar", "total", "jd", "jadi", "→", "->", "=>"];

    /// <summary>A down payment: the books would need part cash and part debt, which one entry cannot say.</summary>
    private static readonly HashSet<string> PartPayment = ["dp", "panjar", "persekot", "muka"];

    /// <summary>A discount word with money or a percentage within the next three words; "hana diskon", "tanpa diskon" deny it.</summary>
    public static bool Mentioned(IReadOnlyList<Token> words)
    {
        for (var i = 0; i < words.Count; i++)
            // "gak ada diskon", "tanpa potongan", Acehnese "hana diskon": no discount was given
            if (!words[i].Quoted && Cleaned(words[i]).Lower is var word && (DiscountWords.Contains(word) || NetWords.Contains(word)) && !NotAnEntry.Negated(words, i))
                for (var k = i + 1; k < Math.Min(words.Count, i + 4); k++)
                    if (words[k].StartsLikeNumber || MoneyReader.IsPriceStart(words[k]) || words[k].Text.StartsWith('(')) return true;
        return false;
    }

    public const string Ask =
        "Ada potongan/diskon, jadi belum dicatat: harga per satuan yang tertulis bukan yang dibayar. " +
        "Tulis harga bersih per satuannya, contoh: /masuk gula 50 kg @16.000";

    /// <summary>
    /// The entry at its net price per typed unit, marked <see cref="Command.Guessed"/> so it is previewed, or null to ask.
    /// <paramref name="entry"/> reads the words before the first figure (verb, item, amount) as a sale or receipt.
    /// </summary>
    public static Command? AtNetPrice(IReadOnlyList<Token> tokens, Func<IReadOnlyList<Token>, Command?> entry)
    {
        var words = tokens.Select(Cleaned).ToList();
        var cut = FirstFigure(words);
        if (cut <= 0) return null;
        var read = entry(tokens.Take(cut).ToList());
        if (read is not (Sale { UnitPrice: null } or GoodsReceived { UnitCost: null })) return null;
        // "Tempo 7 hari", "sisanya utang" after the figures: bought on credit; a sale on credit has no entry at all.
        var owed = NotAnEntry.SaysCredit(words.Select(w => new Token(w.Lower, w.Quoted)).ToList(), cut, words.Count);
        if (owed && read is Sale) return null;
        var quantity = read is Sale sale ? sale.Quantity.Amount : ((GoodsReceived)read).Quantity.Amount;
        if (Figures.Read(words, cut) is not { } figures || figures.Net(quantity) is not { } net) return null;
        var perUnit = net / quantity;
        if (perUnit != decimal.Truncate(perUnit) || perUnit <= 0) return null;
        return read switch
        {
            Sale s => s with { UnitPrice = (long)perUnit, FromWords = true, Guessed = true },
            GoodsReceived r => r with { UnitCost = (long)perUnit, OnCredit = r.OnCredit || owed, FromWords = true, Guessed = true },
            _ => null,
        };
    }

    /// <summary>Where the money starts: a price, a figure with thousands dots, "x"/"=" or a discount or paid word.</summary>
    private static int FirstFigure(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            if (tokens[i].Quoted) continue;
            if (IsMoney(tokens, i) || word is "x" or "×" or "=" || DiscountWords.Contains(word) || PaidWords.Contains(word)) return i;
            // "10 x 178.000": the count before the times sign belongs to the figures
            if (i + 1 < tokens.Count && tokens[i].StartsLikeNumber && tokens[i + 1].Lower is "x" or "×") return i;
        }
        return -1;
    }

    /// <summary>The roles of the figures after the entry; any figure without a role makes the invoice unclear.</summary>
    private sealed record Figures(long? UnitPrice, long? Gross, Sum? Discount, decimal? Percent, Sum? Paid)
    {
        public static Figures? Read(IReadOnlyList<Token> tokens, int from)
        {
            var figures = new Figures(null, null, null, null, null);
            for (var i = from; i < tokens.Count; i++)
            {
                var word = tokens[i].Lower;
                if (PartPayment.Contains(word)) return null;
                if (tokens[i].Text.StartsWith('@') || word is "x" or "×")
                {
                    if (ReadAt(tokens, word is "x" or "×" ? i + 1 : i, out i) is not { } unit) return null;
                    figures = figures with { UnitPrice = unit.Rupiah };
                }
                else if (word == "=" && figures.Discount is null && figures.Percent is null)
                {
                    if (ReadAt(tokens, i + 1, out i) is not { } gross) return null;
                    figures = figures with { Gross = gross.Rupiah };
                }
                else if (DiscountWords.Contains(word))
                {
                    for (var k = i + 1; k < Math.Min(tokens.Count, i + 4); k++)
                        // "diskon jadi 17rb": the figure is what is paid, read by the paid word itself
                        if (PaidWords.Contains(tokens[k].Lower)) break;
                        else if (tokens[k].Text.EndsWith('%') && IndonesianNumber.TryParse(tokens[k].Text.TrimEnd('%'), out var percent))
                            figures = figures with { Percent = percent };
                        else if (IsMoney(tokens, k) && ReadAt(tokens, k, out var end) is { } discount)
                        {
                            figures = figures with { Discount = discount };
                            i = end;
                            break;
                        }
                }
                else if (PaidWords.Contains(word) || word == "=")
                {
                    var k = i + 1;
                    while (k < tokens.Count && PaidWords.Contains(tokens[k].Lower)) k++;
                    if (k < tokens.Count && (tokens[k].StartsLikeNumber || MoneyReader.IsPriceStart(tokens[k])) && ReadAt(tokens, k, out var end) is { } paid)
                    {
                        figures = figures with { Paid = paid };
                        i = end;
                    }
                }
                else if (IsMoney(tokens, i)) return null;
            }
            return figures;
        }

        /// <summary>The net total for <paramref name="quantity"/> typed units, or null when the figures do not say one.</summary>
        public decimal? Net(decimal quantity)
        {
            var gross = Gross ?? (UnitPrice is { } unit ? Money.Times(quantity, unit) : null);
            var discount = Discount is { } d ? Total(d, quantity) : Percent is { } p && gross is { } g ? Money.Round(g * p / 100m) : (long?)null;
            var lessDiscount = gross - discount;
            if (Paid is not { } paid) return lessDiscount;
            var total = Total(paid, quantity);
            return lessDiscount is null || lessDiscount == total ? total : null;
        }
    }

    /// <summary>A sum as written: "10rb/karung" is per typed unit.</summary>
    private sealed record Sum(long Rupiah, bool PerUnit);

    private static long Total(Sum sum, decimal quantity) => sum.PerUnit ? Money.Times(quantity, sum.Rupiah) : sum.Rupiah;

    /// <summary>The money starting at <paramref name="at"/> (in brackets or not); <paramref name="end"/> is its last word.</summary>
    private static Sum? ReadAt(IReadOnlyList<Token> tokens, int at, out int end)
    {
        end = at;
        if (at >= tokens.Count) return null;
        var window = tokens.Skip(at).Take(4).ToList();
        try
        {
            var i = 0;
            var amount = MoneyReader.Read(window, ref i, "", out var perUnit);
            end = at + i - 1;
            return new Sum(amount, perUnit is not null);
        }
        catch (GrammarError)
        {
            return null;
        }
    }

    private static bool IsMoney(IReadOnlyList<Token> tokens, int i) => !tokens[i].Quoted && Amounts.LooksLikeMoney(tokens, i);

    /// <summary>"(Rp20.000),", "Rp380.000.", "diskon:": brackets and the sentence's punctuation are not part of a word or figure.</summary>
    private static Token Cleaned(Token token) => new(token.Text.TrimStart('(').TrimEnd('.', ',', ';', ':', ')'), token.Quoted);
}
