namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "ubah/ganti harga gula jadi 18rb", "naikkan harga migor jadi 16rb", "harga telur sekarang 29rb",
/// "harga minyak goreng naik jadi 16.500": /setharga in words.
/// </summary>
internal static class PriceChange
{
    private static readonly HashSet<string> ChangeVerbs =
    [
        "ubah", "rubah", "ganti", "naikkan", "naikan", "naikin", "turunkan", "turunin", "turunan", "set", "atur", "update", "setel",
    ];

    /// <summary>"harga", "rego", "regi", "argha": the one list of price words, shared with the price question.</summary>
    private static bool IsPriceWord(string word) => PriceQuestion.IsPriceWord(word);

    /// <summary>The change said after the item: "harga gula ganti jadi 18rb", "hrg telur diganti 29rb".</summary>
    private static readonly HashSet<string> ChangedAfterItem =
        ["ubah", "rubah", "ganti", "diganti", "diubah", "dirubah", "naikkan", "naikin", "dinaikkan", "dinaikin", "turunkan", "turunin", "diturunkan", "diturunin", "set", "update", "diupdate",
         // Javanese krama "dipun gantos" (is changed), ngoko "diganti"
         "gantos", "digantos", "dipungantos",
         // the written register: "harga beras per karung ditetapkan Rp305.000"
         "ditetapkan", "ditentukan", "disesuaikan",
         // "harga beras sekarung dijadikan 310 ribu"
         "dijadikan", "dijadiin", "jadikan", "jadiin"];

    /// <summary>A word that changes a price ("ubah", "dijadikan"): with it, "harga X …" sets a price rather than asking one.</summary>
    public static bool SaysChange(string lower) => ChangeVerbs.Contains(lower) || ChangedAfterItem.Contains(lower);

    /// <summary>Words between the item and the new price: "jadi", "sekarang", "naik jadi", "ke".</summary>
    private static readonly HashSet<string> Links =
        ["jadi", "menjadi", "sekarang", "skrg", "skg", "ke", "naik", "turun", "jd", "dados", "dadi", "dadosaken", "sateya", "ayeuna", "saiki", "sakniki", "kini", "jinoe", "daddi",
         // Sasak and Balinese mangkin (now); Javanese mundhak/munggah (went up), mudhun (went down)
         "mangkin", "mundhak", "munggah", "mudhun"];

    /// <summary>Who decided it, after the new price: "… miturut rapat pengurus wingi", "… sesuai hasil rapat".</summary>
    private static readonly HashSet<string> According = ["miturut", "menurut", "sesuai", "berdasarkan", "atas", "kata", "dari", "hasil"];

    private static readonly HashSet<string> Trailing = [.. FormsOfAddress.All, "ya", "yaa", "mulai", "hari", "ini", "dong", "tolong", "aja", "saja", "deh"];

    private static readonly HashSet<string> Leading = [.. FormsOfAddress.All, "tolong", "mohon", "siap", "eh", "nyuwun", "tulung", "monggo"];

    public static Reading? Read(IReadOnlyList<Token> words)
    {
        words = SoldAtNow(words) ?? PriceNow(words) ?? words;
        var i = 0;
        // "Sesuai keputusan rapat pengurus tgl 20 Juni, harga beras …": who decided it comes first in the written register.
        if (words.Count > 0 && According.Contains(words[0].Lower) && words.ToList().FindIndex(w => IsPriceWord(w.Lower)) is var priceWord and > 0)
            i = priceWord;
        while (i < words.Count && Leading.Contains(words[i].Lower)) i++;
        if (i + 1 >= words.Count) return null;
        // "terigu harganya ganti 11.500": the item before the price word reads as "harga terigu ganti 11.500".
        var priceAt = -1;
        for (var k = i; k < words.Count && !words[k].StartsLikeNumber; k++)
            if (IsPriceWord(words[k].Lower)) { priceAt = k - i; break; }
        if (priceAt > 0 && i + priceAt + 1 < words.Count && words.Skip(i + priceAt + 1).Any(w => w.StartsLikeNumber)
            && (ChangedAfterItem.Contains(words[i + priceAt + 1].Lower) || ChangeVerbs.Contains(words[i + priceAt + 1].Lower) || words[i + priceAt + 1].Lower is "jadi" or "jd" or "menjadi"))
        {
            var at = i + priceAt;
            words = [.. words.Take(i), words[at], .. words.Skip(i).Take(priceAt), .. words.Skip(at + 1)];
        }
        int start;
        if (ChangeVerbs.Contains(words[i].Lower) && IsPriceWord(words[i + 1].Lower)) start = i + 2;
        else if (IsPriceWord(words[i].Lower)
                 && (words.Skip(i + 1).Any(w => (Links.Contains(w.Lower) && w.Lower is not ("naik" or "turun" or "ke")) || ChangedAfterItem.Contains(w.Lower)) || (FromNow(words) && SaysMoney(words, i + 1))))
            start = i + 1;
        // "tepung naikin jd 12rb": the item, an order to change it, and money.
        else if (FirstChangeAfter(words, i + 1) is { } changeAt && MoneyFollows(words, changeAt + 1))
            start = i;
        else return null;

        var args = new List<Token>();
        string? perUnit = null;
        var j = start;
        while (j < words.Count && !Links.Contains(words[j].Lower) && !ChangedAfterItem.Contains(words[j].Lower)
               && !words[j].StartsLikeNumber && !MoneyReader.IsPriceStart(words[j]) && !WordNumbers.StartsMoney(words, j))
        {
            // "harga migor per dus jd 190rb", "harga beras sekarung jadi 300rb": the unit the new price is for.
            if (words[j].Lower == "per" && j + 1 < words.Count && Units.IsUnit(words[j + 1].Text)) { perUnit = words[j + 1].Text; j += 2; continue; }
            if (WordNumbers.UnitOfOne(words[j].Lower) is { } one) { perUnit = one; j++; continue; }
            // "rega beras dipun gantos": the krama passive marker is not part of the item's name
            if (words[j].Lower == "dipun") { j++; continue; }
            // "rego jual gula", "harga jual beras": the selling price, named as such
            if (j == start && words[j].Lower is "jual" or "jualnya" && j + 1 < words.Count) { j++; continue; }
            args.Add(words[j++]);
        }
        // "… mundhak rek, saiki 18rb": the one addressed, between the change and the price, is no part of either
        while (j < words.Count && (Links.Contains(words[j].Lower) || ChangedAfterItem.Contains(words[j].Lower) || (j > start && FormsOfAddress.Addressed.Contains(words[j].Lower)))) j++;
        // "tigawelas ewu sekilo" is "Rp13.000 per kg"; what follows "miturut …" is who decided it.
        // "… per dus jd 185rb aja ya buat yg ambil sedus, ganti harganya": who the price is for, after it, is a remark (a tail),
        // unless it names the unit the price is per ("… jadi 300rb buat sekarung")
        var said = words.Skip(j).TakeWhile(w => !According.Contains(w.Lower)).ToList();
        var withoutTail = Tail.Cut(said, out _, out _, out _);
        if (perUnit is not null || !said.Except(withoutTail).Any(w => Units.IsUnit(w.Text) || WordNumbers.UnitOfOne(w.Lower) is not null)) said = withoutTail;
        if (WordNumbers.ReadInPart(words.Skip(start).ToList()) is { } part) return Reading.Ask(WordNumbers.InPartReply(part, CommandExamples.SetPrice));
        var tail = InThousands(WordNumbers.Normalize(said, out _));
        // "… ya mas", "… mulai hari ini", "… ya bli": after the price, not part of it.
        while (tail.Count > 0 && (Trailing.Contains(tail[^1].Lower) || EverydayWords.Fillers.Contains(tail[^1].Lower))) tail.RemoveAt(tail.Count - 1);
        args.AddRange(tail);
        if (perUnit is not null && !tail.Any(w => w.Lower == "per" || w.Text.Contains('/'))) args.AddRange([new Token("per", false), new Token(perUnit, false)]);
        return new Reading.Slash("setharga", args, Attempt: true);
    }

    /// <summary>
    /// A price said in thousands and a half: "18 setengah", "dua belas setengah" (Rp18.500, Rp12.500). Normalized, the half is a
    /// decimal ("18,5") or a separate "0,5" after a whole number; no price is below Rp1.000, so either is read in thousands.
    /// </summary>
    private static List<Token> InThousands(List<Token> tail)
    {
        if (tail.Count == 0 || !tail[0].StartsLikeNumber || tail.Count > 1 && IndonesianNumber.Multiplier(tail[1].Text) is not null) return tail;
        if (!decimal.TryParse(tail[0].Text.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var said)) return tail;
        var half = tail.Count > 1 && tail[1].Text == "0,5" && said == decimal.Truncate(said);
        if (half) said += 0.5m;
        else if (said == decimal.Truncate(said)) return tail;
        if (said >= 1000) return tail;
        return [new Token(Formatting.IndonesianFormat.Number(said * 1000), false), .. tail.Skip(half ? 2 : 1)];
    }

    private static readonly HashSet<string> SoldAt = ["dijual", "dijualin", "dijual2", "jual"];

    /// <summary>"telor turun, jual 27.500 sekilo aja": the price went down or up, so the one price sold at is the new one.</summary>
    internal static readonly HashSet<string> Moved = ["naik", "turun", "mundhak", "munggah", "mudhun"];
    // "now" in Indonesian, chat, Javanese, Sundanese, Madurese (sateya) and Acehnese (jinoe)
    // Manado/Kupang skarang, Banjar sakarang, Javanese wiwit (from)
    private static readonly HashSet<string> Now = ["sekarang", "skrg", "skg", "skrang", "skarang", "sakarang", "kini", "saiki", "mulai", "wiwit", "sakniki", "ayeuna", "sateya", "jinoe", "mangkin"];

    /// <summary>Money from <paramref name="from"/> on, in digits or in words.</summary>
    private static bool SaysMoney(IReadOnlyList<Token> words, int from) =>
        Enumerable.Range(from, Math.Max(0, words.Count - from)).Any(k => Amounts.LooksLikeMoney(words, k) || WordNumbers.StartsMoney(words, k));

    /// <summary>"… mulai hari ini", "… mulai skarang", "wiwit saiki": from now on, which makes a price said with the goods a new price.</summary>
    private static bool FromNow(IReadOnlyList<Token> words) =>
        words.Where((w, k) => !w.Quoted && w.Lower is "mulai" or "wiwit" && k + 1 < words.Count && (Now.Contains(words[k + 1].Lower) || words[k + 1].Lower is "hari" or "pagi" or "ini")).Any();

    /// <summary>
    /// "gula skrg dijual 18rb sekilo", "beras sekarung sekarang dijual 310rb": sold at one price from now on, with no amount
    /// sold, is the new price; read as "harga gula jadi 18rb sekilo".
    /// </summary>
    private static IReadOnlyList<Token>? SoldAtNow(IReadOnlyList<Token> words)
    {
        var soldAt = words.ToList().FindIndex(w => !w.Quoted && SoldAt.Contains(w.Lower));
        // "rego jual gula …": the selling price named, read as a price word below
        if (soldAt > 0 && IsPriceWord(words[soldAt - 1].Lower)) return null;
        if (soldAt < 0 || !words.Any(w => !w.Quoted && (Now.Contains(w.Lower) || Moved.Contains(w.Lower)))) return null;
        var money = words.Where((w, k) => k > soldAt && Amounts.LooksLikeMoney(words, k)).Count();
        if (money != 1 || words.Where((w, k) => w.StartsLikeNumber && !Amounts.LooksLikeMoney(words, k)).Any()) return null;
        // "minyak sadus torang jual …": who sells is no part of the goods' name
        // "beras sekarung kita jual …": "we sell", said right before the verb
        var kept = words.Where((w, k) => w.Quoted || !(Now.Contains(w.Lower) || Moved.Contains(w.Lower) || FormsOfAddress.Speaking.Contains(w.Lower)
                                                       || (k + 1 == soldAt && w.Lower is "kita" or "kami"))).ToList();
        var at = kept.FindIndex(w => !w.Quoted && SoldAt.Contains(w.Lower));
        // "mulai besok gula dijual 18rb": a price for later is not set now
        if (kept.Take(at).Any(w => !w.Quoted && EverydayWords.NotItemWords.Contains(w.Lower))) return null;
        // "jual minyak sadus 185rb mulai hari ini": the goods after the verb, up to the money ("jual gula sekilo 18rb sekarang" is a sale)
        if (at == 0)
        {
            if (!FromNow(words)) return null;
            var moneyAt = kept.FindIndex(1, w => w.StartsLikeNumber || MoneyReader.IsPriceStart(w));
            if (moneyAt < 2) return null;
            return [new Token("harga", false), .. kept.Skip(1).Take(moneyAt - 1), new Token("jadi", false), .. kept.Skip(moneyAt)];
        }
        return [new Token("harga", false), .. kept.Take(at), new Token("jadi", false), .. kept.Skip(at + 1)];
    }

    /// <summary>
    /// "beras mah ayeuna 13rb sakilo nya, tos ditelepon distributor": the goods, "now", and one price per unit, with no verb and
    /// no amount, is the new price; read as "harga beras jadi 13rb sakilo" (what follows the unit is the remark).
    /// </summary>
    private static IReadOnlyList<Token>? PriceNow(IReadOnlyList<Token> words)
    {
        var nowAt = words.ToList().FindIndex(w => !w.Quoted && Now.Contains(w.Lower));
        if (nowAt < 1 || nowAt + 2 >= words.Count || !(MoneyReader.IsPriceStart(words[nowAt + 1]) || Amounts.IsMoney(words, nowAt + 1))) return null;
        var before = words.Take(nowAt).Where(w => !EverydayWords.Fillers.Contains(w.Lower) && w.Lower is not "mah").ToList();
        if (before.Count is 0 or > 3 || before.Any(w => w.Quoted || !w.Text.All(char.IsLetter) || EverydayWords.Verbs.ContainsKey(w.Lower)
                                                         || EverydayWords.NotItemWords.Contains(w.Lower) || IsPriceWord(w.Lower))) return null;
        var unit = words[nowAt + 2];
        var perUnit = WordNumbers.UnitOfOne(unit.Lower) is not null ? 1 : unit.Lower == "per" && nowAt + 3 < words.Count ? 2 : 0;
        if (perUnit == 0) return null;
        return [new Token("harga", false), .. before, new Token("jadi", false), .. words.Skip(nowAt + 1).Take(1 + perUnit)];
    }

    private static int? FirstChangeAfter(IReadOnlyList<Token> words, int from)
    {
        for (var k = from; k < words.Count; k++)
            if (ChangedAfterItem.Contains(words[k].Lower)) return k;
        return null;
    }

    /// <summary>After optional links, money: "12rb", "12 ribu", "12.000" (a bare small number is not clearly money).</summary>
    private static bool MoneyFollows(IReadOnlyList<Token> words, int j)
    {
        while (j < words.Count && Links.Contains(words[j].Lower)) j++;
        return j < words.Count && words[j].StartsLikeNumber && Amounts.LooksLikeMoney(words, j);
    }
}
