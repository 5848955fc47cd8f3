using KKMP.Bot.Commands.Table;
using static KKMP.Bot.Commands.Parsing.Everyday.EverydayWords;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// A sale, receipt or count said the everyday way: the verb in any tense, before or after the item
/// or the quantity, among filler and forms of address ("td siang kejual tepung 2 kg", "minyak laku 3
/// liter", "datang 2 dus minyakita", "sisa gula tinggal 7 kg", "tolong catat barang masuk migor 12
/// liter ya mas"). What is left must be the slash form's "ITEM QTY [UNIT] [@PRICE]".
/// </summary>
internal static class ShopEntry
{
    public static Reading? Read(IReadOnlyList<Token> words)
    {
        var takenBy = Tail.TakenBySomeone(words);
        words = Tail.Cut(words, out var fromPerson, out var onCredit, out var forStock);
        if (words.Count == 0) return null;
        if (words.Any(w => !w.Quoted && Losses.Contains(w.Lower)) && words.Any(w => w.StartsLikeNumber)) return LossReply(words);
        // "tinggal 2 hari lagi": a number of days, not of goods.
        if (words.Where((w, i) => w.StartsLikeNumber && i + 1 < words.Count && TimeUnits.Contains(words[i + 1].Lower)).Any()) return Reading.Chat;
        var verbs = new HashSet<ShopVerb>();
        var rest = new List<Token>(words.Count);
        var supplierAt = SupplierAt(words);
        var stillThere = false;
        var grewAt = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Quoted) { rest.Add(word); continue; }
            var lower = word.Lower;
            if (i + 1 < words.Count && Pairs.TryGetValue((lower, words[i + 1].Lower), out var pair)) { verbs.Add(pair); i++; }
            // "stok beras nambah 100 kilo": the stock grew, so goods came in; no count
            else if (StockGrewAt(words, i) is { } grew) { verbs.Add(ShopVerb.Receipt); grewAt = grew; }
            else if (i == grewAt) { }
            else if (takenBy && (Tail.Taken.Contains(lower) || (Passive.Contains(lower) && !IsBuyAt(words, i)))) verbs.Add(ShopVerb.Sale);
            // "abis diborong ame tukang gorengan": all bought up
            else if (lower is "abis" or "habis" && i + 1 < words.Count && (Passive.Contains(words[i + 1].Lower) || Tail.Taken.Contains(words[i + 1].Lower))) { }
            else if (i + 1 < words.Count && StillTherePairs.Contains((lower, words[i + 1].Lower))) { stillThere = true; i++; }
            else if (StillThere.Contains(lower)) stillThere = true;
            // "barang hanyar datang", "barang baru masuk": the goods word before a receipt verb, filler between
            else if (lower is "barang" or "brg" && NextWord(words, i + 1) is { } verbAt && Verbs.TryGetValue(words[verbAt].Lower, out var receipt) && receipt == ShopVerb.Receipt)
            { verbs.Add(receipt); i = verbAt; }
            // "ada yg beli", Betawi and Pontianak "ade yang beli": someone bought
            // Osing "ono wong teko Rogojampi tuku": someone came (from a place) to buy
            else if (lower is "ada" or "ade" or "ono" && i + 2 < words.Count && Someone.Contains(words[i + 1].Lower) && BuyAfterCame(words, i + 2) is { } bought)
            { verbs.Add(ShopVerb.Sale); i = bought; }
            // "ibu ibu tadi datang beli telur …": a customer who came to buy, not goods that came
            else if (Arrivals.Contains(lower) && i + 1 < words.Count && BuyAfterCame(words, i) is { } cameToBuy)
            {
                verbs.Add(ShopVerb.Sale);
                // "wong teko Rogojampi tuku": the someone who came is no part of the goods
                if (rest.Count > 0 && ReferenceEquals(rest[^1], words[i - 1]) && Someone.Contains(words[i - 1].Lower)) rest.RemoveAt(rest.Count - 1);
                i = cameToBuy;
            }
            // "tuku gula nggo slametan": what the goods are for
            else if (Tail.IsPurpose(lower) && i + 1 < words.Count && SaleForMember.Purposes.Contains(words[i + 1].Lower)) i++;
            else if (i == supplierAt) i++; // "dari agen"
            // "teko sales, migor 3 dus": who brought the goods, right after the arrival
            else if (i > 0 && Suppliers.Contains(lower) && Arrivals.Contains(words[i - 1].Lower)) { }
            // "gula 1 kilo ji dibeli": bought, with nobody named, is the shop's goods sold
            // "beli beras 50 kg buat stok": bought for the stock is the shop buying, unless a customer was named before ("pak RT beli … buat stok di rumah")
            else if (IsBuyAt(words, i))
                verbs.Add(supplierAt >= 0 || fromPerson || (forStock && !CustomerBefore(words, i)) ? ShopVerb.Receipt : Passive.Contains(lower) ? ShopVerb.Sale : ShopVerb.Bought);
            else if (Verbs.TryGetValue(lower, out var verb)) verbs.Add(verb);
            else if (Separators.Contains(lower)) { }
            else if (!Fillers.Contains(lower) || (IsUnitAfterNumber(lower) && i > 0 && words[i - 1].StartsLikeNumber)) rest.Add(word);
        }
        if (verbs.Count == 0 && stillThere) verbs.Add(ShopVerb.Count);
        if (verbs.Count == 0 && forStock) verbs.Add(ShopVerb.Receipt);
        if (verbs.Count == 0) return WithoutVerb(words, rest);
        // "beli beras 2 karung" is an order from a member and a purchase from a cashier: the router's order reply knows who asks.
        if (verbs.Count > 1 || verbs.Contains(ShopVerb.Bought)) return null;
        var shopVerb = verbs.Single();
        // "masuk" starts sentences too ("masuk 2 orang anggota baru"); "jual"/"stok" first is a command being typed.
        var commandFirst = !words[0].Quoted && words[0].Lower is "jual" or "stok";
        if (rest.Where((_, i) => IsSentenceWord(rest, i)).Any())
            // "masuk angin", "datang ke rapat jam 9": a sentence. A typed command keeps its own error ("jual beras 2 kg untuk bu rt").
            return commandFirst && rest.Any(w => w.Text.Any(char.IsAsciiDigit)) ? null : Reading.Chat;
        if (rest.Count == 0)
            return words[0].Lower is "jual" or "masuk" or "stok" ? null : Reading.Ask($"Tulis barang dan jumlahnya, contoh: {Example(shopVerb)}");

        if (WordNumbers.ReadInPart(rest) is { } part) return Reading.Ask(WordNumbers.InPartReply(part, Example(shopVerb)));
        var amounts = WordNumbers.Normalize(rest, out var unclear);
        if (unclear is not null)
            return Reading.Ask($"\"{unclear}\" itu jumlah atau bagian nama barang? Tulis jumlahnya dengan angka dan satuan, contoh: {Example(shopVerb)}");
        var entries = Amounts.Split(Amounts.MarkPrices(Amounts.TotalAsUnitPrice(amounts)));
        if (!entries.Any(Amounts.HasQuantity) && amounts.Any(w => w.StartsLikeNumber))
            return Reading.Ask($"Tulis barang dan jumlahnya, bukan uangnya; contoh: {Example(shopVerb)}");
        var command = shopVerb switch { ShopVerb.Count => "stok", ShopVerb.Receipt => "masuk", _ => "jual" };
        if (entries.Count > 1) return Reading.Ask(SeveralItems(command, entries));
        var args = Amounts.ItemFirst(entries[0]);
        if (onCredit && command == "jual") return Reading.Ask(NotAnEntry.Reply(NotAnEntryKind.Credit, ""));
        if (onCredit && command == "masuk") args = [.. args, new Token("utang", false)];
        return new Reading.Slash(command, args, Attempt: true);
    }

    /// <summary>
    /// "gula 2 kg", "sabun 3 pcs tadi": an amount without saying what happened to it. Ask which.
    /// Never for a command word's own bare form ("barang minimum beras 20 kg").
    /// </summary>
    private static Reading? WithoutVerb(IReadOnlyList<Token> words, List<Token> rest)
    {
        if (rest.Count is 0 or > 5 || CommandTable.Find(words[0].Lower) is not null
            || rest.Where((_, i) => IsSentenceWord(rest, i)).Any() || WordNumbers.ReadInPart(rest) is not null) return null;
        var amounts = WordNumbers.Normalize(rest, out var unclear);
        if (unclear is not null) return null;
        var entries = Amounts.Split(Amounts.MarkPrices(amounts));
        if (entries.Count != 1) return null;
        var args = Amounts.ItemFirst(entries[0]);
        try
        {
            // "beras 12.500" is more likely a price than 12.500 kg; without a unit only a small count is clearly a quantity.
            var read = AmountReader.Read(args, CommandExamples.Sale, allowPrice: true);
            if (read.Quantity.Unit is null && (args.Count > 2 || read.Quantity.Amount > 100)) return null;
        }
        catch (GrammarError)
        {
            return null;
        }
        var entry = Tokenizer.Join(args);
        return Reading.Ask($"\"{entry}\" itu terjual, barang masuk, atau hasil hitung stok? Kirim salah satu:\n/jual {entry}\n/masuk {entry}\n/stok {entry}");
    }

    /// <summary>Broken, spoilt or lost goods: there is no loss entry, so the stock is counted again.</summary>
    private static Reading LossReply(IReadOnlyList<Token> words)
    {
        var item = words.TakeWhile(w => !w.StartsLikeNumber && !Losses.Contains(w.Lower) && !Fillers.Contains(w.Lower) && !Verbs.ContainsKey(w.Lower))
            .Select(w => w.Text).DefaultIfEmpty("beras").First();
        return Reading.Ask(NotAnEntry.Reply(NotAnEntryKind.Loss, item.ToLowerInvariant()));
    }

    public const string OneEntryPerMessage = "Satu pesan untuk satu catatan, jadi belum ada yang dicatat. Kirim satu per satu";

    /// <summary>Never record one entry and drop another: list the commands to send one by one.</summary>
    private static string SeveralItems(string word, List<List<Token>> entries) =>
        OneEntryPerMessage + ":\n" +
        string.Join('\n', entries.Select(e => $"/{word} {Tokenizer.Join(Amounts.ItemFirst(e))}"));

    /// <summary>"dibeli (oleh) warung sebelah": bought by someone, so the person named after it is the customer.</summary>
    public static readonly HashSet<string> Passive = ["dibeli", "ditumbas", "dibeuli", "dituhor", "diborong", "dibali"];

    /// <summary>A customer named before the buy word at <paramref name="at"/>: "pak Darto beli …", "ada yg beli …".</summary>
    private static bool CustomerBefore(IReadOnlyList<Token> words, int at) =>
        words.Take(at).Any(w => !w.Quoted && (FormsOfAddress.Addressed.Contains(w.Lower) || Someone.Contains(w.Lower)));

    /// <summary>
    /// The index of an added word after "stok" and up to three words of its item ("stok beras nambah", "stock gula pasir
    /// bertambah"), or null.
    /// </summary>
    private static int? StockGrewAt(IReadOnlyList<Token> words, int at)
    {
        if (words[at].Lower is not ("stok" or "stock")) return null;
        for (var k = at + 1; k < words.Count && k <= at + 4; k++)
        {
            if (words[k].Quoted || words[k].StartsLikeNumber || Verbs.ContainsKey(words[k].Lower)) return null;
            if (Added.Contains(words[k].Lower)) return k > at + 1 ? k : null;
        }
        return null;
    }

    /// <summary>
    /// The buy word of a customer who came: "datang beli", "teko Rogojampi tuku", "datang dari Lekor beli" (where from, in
    /// between); the buy word itself when <paramref name="at"/> is one; null otherwise.
    /// </summary>
    private static int? BuyAfterCame(IReadOnlyList<Token> words, int at)
    {
        if (IsBuyAt(words, at)) return at;
        if (!Arrivals.Contains(words[at].Lower)) return null;
        for (var k = at + 1; k < words.Count && k <= at + 4; k++)
        {
            if (IsBuyAt(words, k)) return k;
            if (words[k].Quoted || !(Tail.IsFrom(words[k].Lower) || Tail.IsProperName(words[k]))) return null;
        }
        return null;
    }

    /// <summary>The index of "dari" in "beli gula dari agen", or -1.</summary>
    private static int SupplierAt(IReadOnlyList<Token> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i].Lower is "dari" or "dr" or "ke" && Suppliers.Contains(words[i + 1].Lower)) return i;
        return -1;
    }

    /// <summary>The index of the first word from <paramref name="from"/> that is not filler, or null.</summary>
    private static int? NextWord(IReadOnlyList<Token> words, int from)
    {
        for (var k = from; k < words.Count; k++)
            if (words[k].Quoted || !Fillers.Contains(words[k].Lower)) return k;
        return null;
    }

    private static string Example(ShopVerb verb) => verb switch
    {
        ShopVerb.Receipt => CommandExamples.Received,
        ShopVerb.Count => CommandExamples.StockCount,
        _ => CommandExamples.Sale,
    };
}
