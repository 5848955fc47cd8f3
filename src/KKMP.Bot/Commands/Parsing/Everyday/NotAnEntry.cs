using KKMP.Bot.Commands.Table;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>What happened to goods when it was not a cash sale, a receipt or a count.</summary>
internal enum NotAnEntryKind { Credit, Order, Loss, Return, Unsure }

/// <summary>
/// Goods sold on credit ("mbah Darmi ngutang beras 5 kilo"), ordered for later ("bu RT pesen minyak sedus"), broken or
/// lost ("telor pecah setengah kilo") or brought back ("pak Udin balikin gula 1 kg"). None of them has an entry in the
/// ledger, so nothing may be recorded: the reply says so and what to send instead. One vocabulary for the grammar and
/// the guess.
/// </summary>
internal static class NotAnEntry
{
    /// <summary>Bought or sold on credit; goods received on credit are still a receipt ("masuk … utang").</summary>
    public static readonly HashSet<string> Credit = ["utang", "hutang", "ngutang", "ngebon", "bon", "kasbon", "dibon", "tempo", "nyicil", "cicil", "kredit", "utange", "utangan"];

    // "berpesan agar disisihkan", "minta disisihkan/disimpankan": goods put aside for later, an order too
    private static readonly HashSet<string> Orders = ["pesen", "mesen", "dipesen", "pesenan", "pesanan", "dipesan", "order", "titip", "nitip", "booking", "inden", "berpesan", "disisihkan", "sisihkan", "disimpankan", "dikekep"];

    /// <summary>Brought back by the buyer: Indonesian, Betawi and Javanese (balekke, mbalekke, dibalekno, wangsulaken).</summary>
    private static readonly HashSet<string> Returns =
        ["retur", "dikembalikan", "kembalikan", "kembaliin", "dikembaliin", "balikin", "dibalikin", "ngembaliin", "dibalekke", "mbalekke", "balekke",
         "dibalekno", "balekno", "dipunwangsulaken", "wangsulaken"];

    /// <summary>
    /// A word before that says it did not happen: "kontan mboten utang", "bukan bon", "gak ngutang"; also what calls off the last
    /// entry in <see cref="UndoInWords"/> ("ora sido", "kada jadi"). Betawi kagak, Palembang dak/idak.
    /// </summary>
    internal static readonly HashSet<string> Not = [.. Negation.Plain, "bukan", "tanpa", "dudu", "sanes", "seng"];

    /// <summary>Words between the denial and what it denies: "seng pake bon", "gak pakai utang", "ora usah ngebon".</summary>
    private static readonly HashSet<string> Between = ["pake", "pakai", "usah", "perlu", "ada", "jadi"];

    /// <summary>"lupa brp kg nya", "kada ingat lagi": the amount forgotten.</summary>
    private static readonly HashSet<string> Forgot = ["lupa", "lali", "hilap", "kelupaan", "poho"];
    private static readonly HashSet<string> Remember = ["ingat", "inget", "eling", "emut"];
    private static readonly HashSet<string> Or = ["atau", "ato", "kah", "or"];

    /// <summary>
    /// The amount is not known: two amounts offered ("tiga kilo kah empat kilo", "3 atau 4"), or forgetting said with no
    /// amount at all ("kira2 brp ya lupa"). "lupa catat, tadi laku gula 2 kg" has its amount and is an entry.
    /// </summary>
    private static bool Unsure(IReadOnlyList<Token> words)
    {
        static bool Amount(Token w) => w.StartsLikeNumber || WordNumbers.SaysAmount(w.Lower);
        for (var i = 1; i + 1 < words.Count; i++)
            // "… eh atau lima ya, bentar … iya empat kilo": an amount settled later is no doubt
            if (Or.Contains(words[i].Lower) && Amount(words[i + 1]) && words.Take(i).Any(Amount) && !words.Skip(i + 3).Any(Amount)) return true;
        var forgot = words.Any(w => Forgot.Contains(w.Lower)) || words.Where((w, i) => Remember.Contains(w.Lower) && Negated(words, i)).Any();
        return forgot && !words.Any(Amount);
    }

    /// <summary>The word at <paramref name="i"/> is denied by the one before it (or by the one before a <see cref="Between"/> word).</summary>
    public static bool Negated(IReadOnlyList<Token> words, int i) =>
        (i > 0 && !words[i - 1].Quoted && Not.Contains(words[i - 1].Lower))
        || (i > 1 && Between.Contains(words[i - 1].Lower) && !words[i - 2].Quoted && Not.Contains(words[i - 2].Lower));

    /// <summary>"bayar akhir bulan", "bayare sesok", "dibayar pas gajian": paid later, which is credit.</summary>
    private static readonly HashSet<string> PayWords =
    [
        "bayar", "bayarnya", "dibayar", "bayare", "dibayare", "lunas", "dilunasi", "nyicil", "mbayar", // Osing and Javanese mbayar
        // Minang bayia/bayianyo/dibayia, Sundanese mayar/bayarna/dibayarkeun
        "bayia", "bayianyo", "bayiano", "dibayia", "mambayia", "mayar", "bayarna", "dibayarkeun",
    ];

    // later: Indonesian and Javanese, Minang bisuak/beko, Banjar baisuk/kaina, Sundanese isukan/engke, Palembang kagek
    private static readonly HashSet<string> Later =
        ["besok", "sesok", "nanti", "ntar", "kaina", "bisuak", "bisuk", "baisuk", "akhir", "gajian", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "benjing", "lusa", "belakangan", "mingdep",
         "beko", "isukan", "engke", "kagek"];

    /// <summary>A word of paying: "bayarnya", Minang "bayia", Sundanese "mayar".</summary>
    public static bool IsPayWord(string lower) => PayWords.Contains(lower);

    /// <summary>"bayarnya hari Kamis": a day named after "hari".</summary>
    public static bool PaidLater(IReadOnlyList<Token> words, int i)
    {
        if (!PayWords.Contains(words[i].Lower) || Negated(words, i)) return false;
        var when = i + 1;
        // "bayar ke die nanti", "bayarnya ke agen besok": to whom, then when
        if (when + 1 < words.Count && words[when].Lower is "ke" or "ka" or "sama" or "ama" or "ame")
            when += when + 2 < words.Count && FormsOfAddress.Addressed.Contains(words[when + 1].Lower) ? 3 : 2;
        if (when < words.Count && words[when].Lower is "hari" or "tgl" or "tanggal") when++;
        return when < words.Count && !words[when].Quoted && Later.Contains(words[when].Lower);
    }

    /// <summary>Credit said and not denied: "ngutang", but not "mboten utang".</summary>
    public static bool SaysCredit(IReadOnlyList<Token> words, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!words[k].Quoted && Credit.Contains(words[k].Lower) && !Negated(words, k)) return true;
        return false;
    }

    /// <summary>Whether any word might say one of the kinds: a cheap look at the raw words before they are cleaned.</summary>
    public static bool MayBeMentioned(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => t.Lower.Trim(',', '.', '!', '?', ';', ':') is var w
                        && (Credit.Contains(w) || Orders.Contains(w) || w == "pesan" || EverydayWords.Losses.Contains(w) || Returns.Contains(w) || PayWords.Contains(w)
                            || Forgot.Contains(w) || Remember.Contains(w) || Or.Contains(w)));

    /// <summary>The first kind the words say (undenied), or null. "pesan" is an order only before goods ("bersama pesan ini" is a message).</summary>
    public static NotAnEntryKind? Of(IReadOnlyList<Token> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Quoted || Negated(words, i)) continue;
            var lower = words[i].Lower;
            if (Credit.Contains(lower) || PaidLater(words, i)) return NotAnEntryKind.Credit;
            if (Orders.Contains(lower) || (lower == "pesan" && !(i + 1 < words.Count && words[i + 1].Lower is "ini" or "saya" or "sy"))) return NotAnEntryKind.Order;
            if (EverydayWords.Losses.Contains(lower)) return NotAnEntryKind.Loss;
            if (Returns.Contains(lower)) return NotAnEntryKind.Return;
        }
        return Unsure(words) ? NotAnEntryKind.Unsure : null;
    }

    /// <summary>Why nothing was recorded and what to send, with the item's name (lower case) in the example.</summary>
    public static string Reply(NotAnEntryKind kind, string item, string unit = "kg") => kind switch
    {
        NotAnEntryKind.Credit => "Penjualan yang belum dibayar (bon) belum bisa dicatat, jadi belum ada yang dicatat. Catat saat dibayar, contoh: " + CommandExamples.Sale,
        NotAnEntryKind.Order => $"Pesanan belum dicatat sebagai penjualan, jadi belum ada yang dicatat. Catat saat barangnya diambil dan dibayar, contoh: /jual {item} 1 {unit}",
        NotAnEntryKind.Unsure => $"Jumlahnya belum pasti, jadi belum ada yang dicatat. Kalau sudah tahu, kirim jumlahnya, contoh: /jual {item} 1 {unit}",
        NotAnEntryKind.Loss => "Barang rusak atau hilang belum dicatat tersendiri, jadi belum ada yang dicatat. Hitung sisanya dan catat " +
                               $"hasil hitung stok, contoh: /stok {item} 25 {unit}",
        _ => "Barang yang dikembalikan pembeli belum dicatat tersendiri, jadi belum ada yang dicatat. Kalau penjualannya yang terakhir " +
             $"Anda catat, kirim /batal; kalau bukan, hitung sisanya dan catat hasil hitung stok, contoh: /stok {item} 25 {unit}",
    };
}
