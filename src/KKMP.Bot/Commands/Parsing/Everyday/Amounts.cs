namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// The amount part of an everyday entry, brought into the slash grammar's order: price markers
/// (harga, hrg, a, à, "16rb per liter") become "@", "10 dus mie" becomes "mie 10 dus", and a message
/// is split into its entries ("gula 1 kg, telur 1 kg" is two).
/// </summary>
internal static class Amounts
{
    public static List<Token> MarkPrices(IReadOnlyList<Token> words)
    {
        var result = new List<Token>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.Quoted && i > 0 && i + 1 < words.Count && EverydayWords.PriceMarkers.Contains(word.Lower))
            {
                if (MoneyReader.IsPriceStart(words[i + 1])) continue;
                if (words[i + 1].StartsLikeNumber) { result.Add(new Token("@", false)); continue; }
            }
            // "per kilo 15rb": the unit first, then the money; read as "@15rb per kilo".
            if (!word.Quoted && word.Lower == "per" && i > 0 && i + 2 < words.Count && Units.IsUnit(words[i + 1].Text)
                && LooksLikeMoney(words, i + 2) && !result.Any(MoneyReader.IsPriceStart))
            {
                var unit = words[i + 1];
                var last = i + 3 < words.Count && IndonesianNumber.Multiplier(words[i + 3].Text) is not null ? i + 3 : i + 2;
                result.Add(new Token("@", false));
                result.AddRange(words.Skip(i + 2).Take(last - i - 1));
                result.Add(word);
                result.Add(unit);
                i = last;
                continue;
            }
            // "16rb per liter", "25.500/kg", "25.500 sekilo": money and a unit it is per, so a price even without a marker.
            if (i > 0 && word.StartsLikeNumber && (IsMoney(words, i) || Tail.IsThousands(word.Text.Split('/')[0])) && PerUnitFollows(words, i)
                && !result.Any(MoneyReader.IsPriceStart))
                result.Add(new Token("@", false));
            result.Add(word);
        }
        return result;
    }

    private static readonly HashSet<string> TotalWords = ["total", "ttl", "totalnya", "semua", "semuanya", "seluruhnya"];

    /// <summary>
    /// "masuk telur 10kg total 270rb": a total for the whole quantity, written as the unit price the
    /// slash form takes (@27rb) when it divides into whole rupiah, so the recorded amount is exactly the
    /// total. Otherwise the words stay and the grammar asks.
    /// </summary>
    public static List<Token> TotalAsUnitPrice(List<Token> words)
    {
        var at = words.FindIndex(w => !w.Quoted && TotalWords.Contains(w.Lower));
        // "harga 130rb semua": the total word after the money.
        if (at > 1 && at == words.Count - 1 && words[at - 1].StartsLikeNumber || (at > 2 && at == words.Count - 1 && IndonesianNumber.Multiplier(words[at - 1].Text) is not null))
        {
            var moneyAt = words[at - 1].StartsLikeNumber ? at - 1 : at - 2;
            var marker = moneyAt > 0 && EverydayWords.PriceMarkers.Contains(words[moneyAt - 1].Lower) ? moneyAt - 1 : moneyAt;
            words = [.. words.Take(marker), new Token("total", false), .. words.Skip(moneyAt).Take(at - moneyAt)];
            at = marker;
        }
        if (at <= 0 || at + 1 >= words.Count || !words[at + 1].StartsLikeNumber) return words;
        var quantityAt = words.FindIndex(0, at, w => w.StartsLikeNumber);
        if (quantityAt < 0 || !IndonesianNumber.TryParseQuantity(words[quantityAt].Text, out var quantity, out _) || quantity <= 0) return words;
        var end = at + 1;
        long total;
        try
        {
            total = MoneyReader.ReadAmount(words, ref end, CommandExamples.Received);
        }
        catch (GrammarError)
        {
            return words;
        }
        var unitPrice = total / quantity;
        if (unitPrice != decimal.Truncate(unitPrice) || end != words.Count) return words;
        return [.. words.Take(at), new Token("@" + ((long)unitPrice).ToString(System.Globalization.CultureInfo.InvariantCulture), false)];
    }

    /// <summary>Entries in order; each ends after its quantity, unit and price.</summary>
    public static List<List<Token>> Split(IReadOnlyList<Token> words)
    {
        var entries = new List<List<Token>>();
        var current = new List<Token>();
        for (var i = 0; i < words.Count; i++)
        {
            current.Add(words[i]);
            if (!IsQuantity(words, i)) continue;
            IndonesianNumber.TryParseQuantity(words[i].Text, out _, out var glued);
            if (glued.Length == 0 && i + 1 < words.Count && !words[i + 1].Quoted && Units.IsUnit(words[i + 1].Text)) current.Add(words[++i]);
            if (i + 1 < words.Count && MoneyReader.IsPriceStart(words[i + 1])) i = TakePrice(words, i + 1, current);
            entries.Add(current);
            current = [];
        }
        if (current.Count > 0)
        {
            if (entries.Count == 0) entries.Add(current);
            else entries[^1].AddRange(current);
        }
        return entries;
    }

    /// <summary>"10 dus mie" → "mie 10 dus"; anything else unchanged.</summary>
    public static List<Token> ItemFirst(List<Token> entry)
    {
        if (entry.Count < 2 || !entry[0].StartsLikeNumber) return entry;
        IndonesianNumber.TryParseQuantity(entry[0].Text, out _, out var glued);
        var quantityLength = glued.Length == 0 && !entry[1].Quoted && Units.IsUnit(entry[1].Text) ? 2 : 1;
        var itemEnd = quantityLength;
        while (itemEnd < entry.Count && !entry[itemEnd].StartsLikeNumber && !MoneyReader.IsPriceStart(entry[itemEnd])) itemEnd++;
        if (itemEnd == quantityLength) return entry;
        return [.. entry.Skip(quantityLength).Take(itemEnd - quantityLength), .. entry.Take(quantityLength), .. entry.Skip(itemEnd)];
    }

    /// <summary>Whether an entry holds a quantity (not only money: "laku 10 rb").</summary>
    public static bool HasQuantity(List<Token> entry) => entry.Where((_, i) => IsQuantity(entry, i)).Any();

    private static bool IsQuantity(IReadOnlyList<Token> words, int i) =>
        words[i].StartsLikeNumber && !IsMoney(words, i);

    /// <summary>"35rb", "1,5jt", "28 ribu": an amount of money, never a quantity.</summary>
    public static bool IsMoney(IReadOnlyList<Token> words, int i)
    {
        var text = words[i].Text;
        var slash = text.IndexOf('/');
        if (slash > 0) text = text[..slash];
        if (!IndonesianNumber.TrySplitGlued(text, out _, out var rest)) return false;
        return rest.Length > 0 ? IndonesianNumber.Multiplier(rest) is not null
            : i + 1 < words.Count && IndonesianNumber.Multiplier(words[i + 1].Text) is not null;
    }

    /// <summary>Money by its marks ("@", "Rp", "18rb", "18 ribu") or by its thousands dots ("27.500"): a bare small number is not clearly money.</summary>
    public static bool LooksLikeMoney(IReadOnlyList<Token> words, int i) =>
        MoneyReader.IsPriceStart(words[i]) || IsMoney(words, i) || Tail.IsThousands(words[i].Text);

    private static bool PerUnitFollows(IReadOnlyList<Token> words, int i)
    {
        if (words[i].Text.Contains('/')) return true;
        var next = i + 1 < words.Count && IndonesianNumber.Multiplier(words[i + 1].Text) is not null ? i + 2 : i + 1;
        return next < words.Count && (words[next].Lower == "per" || words[next].Text.StartsWith('/'));
    }

    /// <summary>Copies a price ("@", "rp", the amount, "ribu", "per kg" / "/kg") into the entry; returns its last index.</summary>
    private static int TakePrice(IReadOnlyList<Token> words, int i, List<Token> entry)
    {
        entry.Add(words[i]);
        while (words[i].Lower is "@" or "rp" or "rp." or "@rp" && i + 1 < words.Count) entry.Add(words[++i]);
        if (i + 1 < words.Count && IndonesianNumber.Multiplier(words[i + 1].Text) is not null) entry.Add(words[++i]);
        if (i + 1 < words.Count && words[i + 1].Lower == "per" && i + 2 < words.Count) { entry.Add(words[++i]); entry.Add(words[++i]); }
        else if (i + 1 < words.Count && words[i + 1].Text.StartsWith('/'))
        {
            entry.Add(words[++i]);
            if (words[i].Text == "/" && i + 1 < words.Count) entry.Add(words[++i]);
        }
        return i;
    }
}
