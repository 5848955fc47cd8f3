namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// What a manager adds after a complete entry: the reason ("… soalnya langganan", "… buat warung
/// sebelah"), the moment ("… stlh dihitung"), who brought it ("… dr pak darto") or how it was paid
/// ("… bayarnya pas", "… blm dibayar"). It says nothing about the amount, so the entry is read
/// without it; a price after it still counts ("… dari pak haji harganya 185 ribu").
/// </summary>
internal static partial class Tail
{
    /// <summary>"10.500", "1.250.000": grouped thousands are money; a quantity is never written so.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,-)?$")]
    private static partial System.Text.RegularExpressions.Regex Thousands();

    /// <summary>"27.500", "16.000,-": rupiah written with thousands dots.</summary>
    public static bool IsThousands(string text) => Thousands().IsMatch(text);

    private static readonly HashSet<string> Starters =
    [
        "soalnya", "soale", "karena", "karna", "krn", "krna", "sebab", "biar", "stlh", "setelah", "sesudah", "abis", "habis",
        "buat", "bayar", "bayarnya", "dibayar", "lunas", "kontan", "tunai", "cash", "pas", "waktu", "wkt",
        // Javanese: kanggo/kagem (for), amargi/mergo (because), miturut (according to), bayare (its payment)
        "kanggo", "kagem", "amargi", "mergo", "merga", "miturut", "bayare",
        // "for" in Indonesian, chat, Banjar (gasan) and Minang (untuak): "… untuk bu RT", "… gasan stok koperasi"
        "untuk", "utk", "gasan", "untuak",
    ];

    /// <summary>"to" before the buyer, after the goods: "… ka lapau Mak Etek", "… lawan acil" (Banjar), "… sang om Yanto" (Kupang).</summary>
    public static readonly HashSet<string> To = ["ke", "ka", "kepada", "kpd", "sang", "lawan"];

    /// <summary>Where the shop's own stock is: "… buat stok", "… gasan stok koperasi", "… untuak koperasi".</summary>
    private static readonly HashSet<string> ShopStock = ["stok", "stock", "gerai", .. EverydayWords.OwnShop];

    /// <summary>"for" (see <see cref="Starters"/>), and Kupang "ko" before filling the stock ("… ko isi stok").</summary>
    public static bool IsPurpose(string lower) => Purpose.Contains(lower);

    /// <summary>"dari", "dr", Osing "teko": from.</summary>
    public static bool IsFrom(string lower) => From.Contains(lower);

    private static readonly HashSet<string> Purpose = ["buat", "bwt", "untuk", "utk", "gasan", "untuak", "kanggo", "nggo", "kagem", "ko", "keu"]; // Acehnese keu

    /// <summary>Filling the stock: "isi stok", "ngisi stok", "tambah stok".</summary>
    private static readonly HashSet<string> Fill = ["isi", "ngisi", "mengisi", "tambah", "nambah"];

    /// <summary>"from": Indonesian and chat; Javanese and Osing "teko" after the amount ("… 5 karung teko Genteng").</summary>
    private static readonly HashSet<string> From = ["dari", "dr", "drpd", "teko"];

    /// <summary>"blm dibayar", "belum lunas", "ngutang dulu": bought on credit, which /masuk writes as "utang".</summary>
    private static readonly HashSet<string> NotYet = ["blm", "belum", "blum"];
    private static readonly HashSet<string> Paid = ["dibayar", "bayar", "lunas", "dibayarin"];

    /// <summary>People and places goods come from: "dr pak darto", "dari warung sebelah", "dr ternak sy".</summary>
    private static readonly HashSet<string> Sources =
    [
        .. FormsOfAddress.Addressed,
        "bapak", "ibu", "ning",
        "toko", "warung", "pasar", "petani", "peternak", "ternak", "pengepul", "tengkulak", "kebun", "sawah", "umkm",
    ];

    /// <summary>The entry without its tails.</summary>
    /// <param name="fromSomeone">A tail named where the goods came from ("beli … dr pak darto" is the shop buying).</param>
    /// <param name="onCredit">A tail said it is not paid yet.</param>
    /// <param name="forStock">A tail said the goods are for the shop's own stock ("… buat stok", "… untuak koperasi"): the shop bought them.</param>
    public static List<Token> Cut(IReadOnlyList<Token> words, out bool fromSomeone, out bool onCredit, out bool forStock)
    {
        fromSomeone = false;
        onCredit = false;
        forStock = false;
        // Most messages have no tail: leave them as they are without copying.
        if (!words.Any(w => !w.Quoted && (Starters.Contains(w.Lower) || From.Contains(w.Lower) || BoughtAt.Contains(w.Lower) || NotAnEntry.Credit.Contains(w.Lower) || NotAnEntry.IsPayWord(w.Lower) || NotYet.Contains(w.Lower)
                                          || To.Contains(w.Lower) || Purpose.Contains(w.Lower) || ShopEntry.Passive.Contains(w.Lower) || Taken.Contains(w.Lower) || w.Lower is "pake" or "pakai" or "kiriman")))
            return words as List<Token> ?? [.. words];
        var kept = new List<Token>(words.Count);
        var sawAmount = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!(sawAmount && StartsHere(words, i))) { kept.Add(words[i]); sawAmount |= SaysAmount(words[i]); continue; }
            fromSomeone |= From.Contains(words[i].Lower) || words[i - 1].Lower == "kiriman";
            var end = i;
            while (end < words.Count && !IsPrice(words, end)) end++;
            onCredit |= SaysNotPaid(words, i, end);
            forStock |= ForStock(words, i, end);
            i = end - 1;
        }
        return kept;
    }

    /// <summary>
    /// Where a buyer's name that starts at <paramref name="at"/> ends: at the first tail after its first word (two, after a form
    /// of address): "… ke bu Ani bayarnya minggu depan", "… untuk pak Budi ngutang".
    /// </summary>
    public static int EndOfName(IReadOnlyList<Token> words, int at)
    {
        var first = at + 1 < words.Count && FormsOfAddress.Addressed.Contains(words[at].Lower) ? at + 2 : at + 1;
        for (var k = first; k < words.Count; k++)
            if (StartsHere(words, k) || IsPrice(words, k)) return k;
        return words.Count;
    }

    /// <summary>
    /// "barang datang dari Kendari: beras 4 karung", "masuk dr CV Makmur: …": where goods came from, named in a header before
    /// a colon after a receipt word, is not what they are; the header goes (raw tokens, before the colon is cleaned away).
    /// </summary>
    public static IReadOnlyList<Token> WithoutSourceHeader(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count && i < 6; i++)
        {
            if (tokens[i].Quoted || !From.Contains(tokens[i].Lower)) continue;
            if (!tokens.Take(i).Any(t => !t.Quoted && EverydayWords.Verbs.TryGetValue(t.Lower.Trim(':', ','), out var verb) && verb == ShopVerb.Receipt)) return tokens;
            for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
            {
                if (tokens[k].Quoted || tokens[k].StartsLikeNumber) return tokens;
                if (tokens[k].Text.EndsWith(':') || (k + 1 < tokens.Count && tokens[k + 1].Text == ":"))
                    return [.. tokens.Take(i), .. tokens.Skip(tokens[k].Text.EndsWith(':') ? k + 1 : k + 2)];
            }
            return tokens;
        }
        return tokens;
    }

    /// <summary>Only after an amount, so "habis", "buat" or "dari" in a sentence keep it a sentence.</summary>
    private static bool StartsHere(IReadOnlyList<Token> words, int i)
    {
        if (i == 0 || words[i].Quoted) return false;
        var lower = words[i].Lower;
        // "… gak pake plastik", "… tanpa kantong": how it was handed over
        if (lower is "gak" or "ga" or "nggak" or "tidak" or "ndak" or "ora" && i + 1 < words.Count && words[i + 1].Lower is "pake" or "pakai") return true;
        // "… abis diborong ame tukang gorengan": all bought up, by whom follows; not "after"
        if (lower is "abis" or "habis" && i + 1 < words.Count && (ShopEntry.Passive.Contains(words[i + 1].Lower) || Taken.Contains(words[i + 1].Lower))) return false;
        if (Starters.Contains(lower) || NotAnEntry.Credit.Contains(lower) || NotAnEntry.IsPayWord(lower) || (NotYet.Contains(lower) && i + 1 < words.Count && Paid.Contains(words[i + 1].Lower)))
            return true;
        if ((Purpose.Contains(lower) || Fill.Contains(lower)) && ForStock(words, i, Math.Min(words.Count, i + 3))) return true;
        // "… 100 kilo, kiriman Bulog", "… kiriman dari toko Sinar": who sent it, after the word for a delivery (which stays the verb)
        if (words[i - 1].Lower == "kiriman" && !SaysAmount(words[i]) && !IsPrice(words, i)) return true;
        // "… dibeli sama anak kecil tadi", "… dibeli mace'na Ani": who bought, after a passive buy word
        if (ByBuyer(words, i)) return true;
        // "… ka lapau Mak Etek", "… lawan acil di muka": the buyer, not the goods (a supplier after "ke" is the shop buying, see ShopEntry)
        if (To.Contains(lower) && i + 1 < words.Count && (Sources.Contains(words[i + 1].Lower) || Buyers.Contains(words[i + 1].Lower))) return true;
        // "masuk telur 20 kilo, beli di Lambaro 25.500 sekilo", "… beli 295rb sesak": where and at what the shop bought it
        if (BoughtAt.Contains(lower) && i + 1 < words.Count && (Where.Contains(words[i + 1].Lower) || IsPrice(words, i + 1))) return true;
        return From.Contains(lower) && i + 1 < words.Count
               && (Sources.Contains(words[i + 1].Lower) || EverydayWords.Suppliers.Contains(words[i + 1].Lower) || IsProperName(words[i + 1]));
    }

    /// <summary>"Genteng", "Kendari": a place or a person's name, capitalised in a message that is not typed in capitals.</summary>
    public static bool IsProperName(Token word) =>
        !word.Quoted && word.Text.Length > 1 && char.IsUpper(word.Text[0]) && word.Text.Skip(1).All(char.IsLower);

    /// <summary>"by" after a passive verb: Indonesian oleh, chat and Malay sama/ama/ame/sm, Javanese karo/dening, Sundanese ku.</summary>
    private static readonly HashSet<string> By = ["oleh", "sama", "sm", "ama", "ame", "karo", "dening", "ku"];

    /// <summary>
    /// The buyer, right after a passive buy word, with or without "by" ("dibeli sama bu Ani", "dibeli mace'na Ani"); never the
    /// shop itself ("dibeli koperasi", "dibeli kami") nor a price or an amount.
    /// </summary>
    public static bool ByBuyer(IReadOnlyList<Token> words, int i)
    {
        if (i == 0 || words[i].Quoted || (EverydayWords.Fillers.Contains(words[i].Lower) && !FormsOfAddress.Addressed.Contains(words[i].Lower))) return false;
        // "diambil tadi sama anaknya pak Imam": filler may stand between the verb and its "by"
        var verb = i - 1;
        while (verb > 0 && EverydayWords.Fillers.Contains(words[verb].Lower) && !FormsOfAddress.All.Contains(words[verb].Lower)) verb--;
        if (!(ShopEntry.Passive.Contains(words[verb].Lower) || (Taken.Contains(words[verb].Lower) && By.Contains(words[i].Lower)))) return false;
        var who = By.Contains(words[i].Lower) ? i + 1 : i;
        return who < words.Count && !words[who].Quoted && !SaysAmount(words[who]) && !IsPrice(words, who)
               && !ShopStock.Contains(words[who].Lower) && !EverydayWords.Us.Contains(words[who].Lower);
    }

    /// <summary>Taken, carried off (Indonesian diambil, diangkut, dibawa; Javanese dijupuk): by someone named after "sama/oleh", bought by them.</summary>
    public static readonly HashSet<string> Taken = ["diambil", "diangkut", "dibawa", "dijupuk", "dipundhut"];

    /// <summary>
    /// "telor sekilo diambil tadi sama anaknya pak Imam", "… diborong ame tukang gorengan": taken or bought up by a person, so
    /// sold ("diambil dari gudang" is not).
    /// </summary>
    public static bool TakenBySomeone(IReadOnlyList<Token> words) =>
        words.Where((w, i) => By.Contains(w.Lower) && ByBuyer(words, i)).Any() && words.Any(w => !w.Quoted && (Taken.Contains(w.Lower) || ShopEntry.Passive.Contains(w.Lower)));

    /// <summary>Where the buyer's name starts in a tail that <see cref="ByBuyer"/> found at <paramref name="i"/>: after its "by" word, if any.</summary>
    public static int BuyerAt(IReadOnlyList<Token> words, int i) => By.Contains(words[i].Lower) ? i + 1 : i;

    /// <summary>Who else buys at the counter, named after "ke"/"ka": a stall, an eatery, a person spoken of ("si Ucok").</summary>
    private static readonly HashSet<string> Buyers = ["lapau", "kadai", "kedai", "rumah", "kantin", "si", "tetangga", "pelanggan", "langganan"];

    /// <summary>"buat stok", "untuk stok koperasi", "gasan koperasi", "ko isi stok": a purpose (or filling) before the shop's stock, from <paramref name="from"/>.</summary>
    private static bool ForStock(IReadOnlyList<Token> words, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (words[k].Quoted || !(Purpose.Contains(words[k].Lower) || Fill.Contains(words[k].Lower))) continue;
            var next = k + 1;
            if (Purpose.Contains(words[k].Lower) && next + 1 < to && Fill.Contains(words[next].Lower)) next++;
            if (ShopStock.Contains(words[next].Lower) && (Purpose.Contains(words[k].Lower) || words[next].Lower is "stok" or "stock")) return true;
        }
        return false;
    }

    /// <summary>The shop's own buying, said after the goods: only before a place or a price ("beli telur 3 kg" is an entry of its own).</summary>
    private static readonly HashSet<string> BoughtAt = ["beli", "belinya", "dibeli", "kulak", "kulakan", "ambil", "ngambil"];

    private static readonly HashSet<string> Where = [.. From, "di", "ke", "ti"];

    /// <summary>
    /// "ngutang", "blm dibayar", "bayar minggu depan" between <paramref name="from"/> and <paramref name="to"/> ("kontan mboten
    /// utang" is paid).
    /// </summary>
    private static bool SaysNotPaid(IReadOnlyList<Token> words, int from, int to)
    {
        if (NotAnEntry.SaysCredit(words, from, to)) return true;
        for (var k = from; k < to; k++)
            if ((k + 1 < to && NotYet.Contains(words[k].Lower) && Paid.Contains(words[k + 1].Lower)) || (!words[k].Quoted && NotAnEntry.PaidLater(words, k))) return true;
        return false;
    }

    private static bool SaysAmount(Token w) => w.StartsLikeNumber || Units.IsUnit(w.Text) || WordNumbers.SaysAmount(w.Lower);

    /// <summary>
    /// A price resumes the entry: "harganya 185 ribu", "hrg 10.200/kg", "@ 300rb", "… dr peternak, 26rb sekilo", and the price of
    /// one pack ("…, sa bayar minggu depan, 1 dus 180rb").
    /// </summary>
    private static bool IsPrice(IReadOnlyList<Token> words, int i) =>
        !(i > 0 && Short.Contains(words[i - 1].Lower)) && (MoneyReader.IsPriceStart(words[i]) || Amounts.IsMoney(words, i) || OnePackPrice(words, i)
            || (words[i].StartsLikeNumber && (words[i].Text.Contains('/') || IsThousands(words[i].Text)))
        || ((EverydayWords.PriceMarkers.Contains(words[i].Lower) || words[i].Lower is "total" or "totalnya" or "ttl")
            && i + 1 < words.Count && words[i + 1].StartsLikeNumber));

    /// <summary>"1 dus 180rb", "sak karung 298 ewu", "sedus 180rb": one pack and its money.</summary>
    private static bool OnePackPrice(IReadOnlyList<Token> words, int i)
    {
        if (WordNumbers.UnitOfOne(words[i].Lower) is not null) return i + 1 < words.Count && Amounts.LooksLikeMoney(words, i + 1);
        return words[i].Lower is "1" or "sak" or "satu" or "sa" && i + 2 < words.Count && Units.IsUnit(words[i + 1].Text) && Amounts.LooksLikeMoney(words, i + 2);
    }

    /// <summary>"uangnya krg gopek", "kembalian 2rb": money short or given back, never the price.</summary>
    public static readonly HashSet<string> Short = ["krg", "kurang", "kurangnya", "kembalian", "kembali", "nombok", "sisa", "utang", "hutang"];
}
