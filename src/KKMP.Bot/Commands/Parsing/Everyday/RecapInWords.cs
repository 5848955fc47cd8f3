namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>"rekapan kemarin dong", "laporan jualan hari ini", "omzet hari ini", "rekap tanggal 20 nov": /rekap in words.</summary>
internal static class RecapInWords
{
    // "-e", "-na", "-nyo": "its" in Javanese, Sundanese and Minang
    private static readonly HashSet<string> Recap = ["rekap", "rekapan", "rekapnya", "rekapitulasi", "rkp", "rekape", "rekapane", "rekapna", "rekapnyo"];
    private static readonly HashSet<string> Report =
        ["ringkasan", "laporan", "lap", "laporannya", "omzet", "omset", "pendapatan", "laporane", "laporanna", "laporannyo", "omzetnya", "omsetnya", "omzete"];
    // Banjar and Minang tajual/tajua (sold), bajual (selling), Sundanese kajual
    private static readonly HashSet<string> Sales =
        ["jualan", "penjualan", "dodolan", "jual", "dodolane", "jualane", "penjualane", "laku", "terjual", "kejual", "payu", "sold", "tajual", "tajua", "bajual", "kajual"];

    // Sundanese kamari, Minang kapatang (patang), Balinese ibi, Batak nantoari, Acehnese baroe, Manado/Ambon kalamarin,
    // Makassar subangngi; Banjar samalam and Medan semalam (yesterday, not last night there); chat kmaren/kmrin
    private static readonly HashSet<string> Yesterday =
        ["kemarin", "kmrn", "kemaren", "wingi", "kamari", "kapatang", "patang", "ibi", "nantoari", "baroe", "kalamarin", "kamarin", "kamaren", "kmaren",
         "kmrin", "subangngi", "samalam", "semalam", "yesterday"];
    // Javanese dino iki (ngapak dina kiye, krama dinten niki), Sundanese poe ieu, Minang hari iko, Balinese jani, Manado harini,
    // Makassar anne; and any word for now
    private static readonly HashSet<string> Today =
        [.. AskingWords.Now, "hari", "hr", "ini", "dino", "dina", "iki", "kiye", "kie", "dinten", "niki", "poe", "ieu", "iko", "jani", "harini", "hri", "today",
         "ni", "ari", "on", "are", "neka", "anne",
         "jelo"]; // Sasak jelo niki: this day
    private static readonly HashSet<string> PoliteWords =
        [.. FormsOfAddress.All, .. AskingWords.How, .. AskingWords.All, .. AskingWords.Show,
         "dong", "minta", "tolong", "ya", "tanggal", "tgl", "aja", "deh", "coba", "cek", "nya", "udh", "udah", "sudah", "sdh", "total", "blm", "belum",
         "dapet", "dapat", "dapa", "di", "bolehkah", "meminta",
         // regional particles: nggih, punten, atuh, mi/ji, jo, lah, bah
         "nggih", "njih", "punten", "atuh", "euy", "mi", "ji", "jo", "lah", "bah", "nyuwun", "tulung",
         // Sundanese teh/mah ("rekap poe ieu teh kumaha"), Minang ko ("baa ko": how is it)
         "teh", "mah", "ko",
         // the occasion: "sampun tutup, …", "tutup kios, sa mo liat rekap", "sebelum tutup toko mau lihat rekapan dulu"
         "tutup", "buka", "toko", "kios", "warung", "gerai", "sebelum", "sesudah", "setelah", "abis", "habis", "sampun", "mau", "mo",
         "pengen", "ingin", "dulu",
         // how much money it came to: "brp duit penjualan kemarin", "hasil jualan"; Batak hatop (quickly)
         "duit", "uang", "hasil", "hatop"];

    /// <summary>"kemarin laku brp aja ya total?", "rekap patang bara?": how much, asked in any region's words.</summary>
    private static bool Asked(string lower) => lower == "total" || PriceQuestion.IsAskWord(lower);

    private static bool Polite(string lower) => PoliteWords.Contains(lower) || PriceQuestion.IsAskWord(lower);

    public static bool Knows(string lower) => Recap.Contains(lower) || Report.Contains(lower);

    private static bool IsDate(IReadOnlyList<Token> words)
    {
        try
        {
            AccountRules.Recap(words);
            return true;
        }
        catch (GrammarError)
        {
            return false;
        }
    }

    /// <summary>Words that give the reason after the request: "rekapan hari ini dulu ya, mau saya cocokkan sama uang di laci".</summary>
    private static readonly HashSet<string> Because = ["mau", "mo", "biar", "supaya", "soalnya", "karena", "krn"];

    /// <summary>The words up to the reason given after the recap word; what follows it says why, not which day.</summary>
    private static IReadOnlyList<Token> WithoutReason(IReadOnlyList<Token> words)
    {
        var recapAt = words.ToList().FindIndex(w => Recap.Contains(w.Lower) || Report.Contains(w.Lower));
        if (recapAt < 0) return words;
        var reasonAt = words.ToList().FindIndex(recapAt + 1, w => !w.Quoted && Because.Contains(w.Lower));
        return reasonAt < 0 ? words : words.Take(reasonAt).ToList();
    }

    public static Reading? Read(IReadOnlyList<Token> words)
    {
        if (!words.Any(w => Recap.Contains(w.Lower) || Report.Contains(w.Lower) || Sales.Contains(w.Lower))) return null;
        words = WithoutReason(words);
        var lower = words.Select(w => w.Quoted ? "\"" : w.Lower).ToList();
        // "penjualan kemarin brp total": sales of a day, asked; "jual beras hari ini" has an item and stays an entry.
        var isRecap = lower.Any(Recap.Contains)
                      || (lower.Any(Report.Contains) && lower.Any(w => Sales.Contains(w) || Yesterday.Contains(w) || Today.Contains(w)))
                      || (lower.Any(w => w is "penjualan" or "jualan") && lower.Any(w => Yesterday.Contains(w) || Today.Contains(w)))
                      || (lower.Any(Sales.Contains) && lower.Any(Asked) && lower.Any(w => Yesterday.Contains(w) || Today.Contains(w)));
        if (!isRecap) return null;
        var date = words.Where((_, i) => !(Recap.Contains(lower[i]) || Report.Contains(lower[i]) || Sales.Contains(lower[i])
                                            || Yesterday.Contains(lower[i]) || Today.Contains(lower[i]) || Polite(lower[i]) || Requests.IsAround(lower[i]))).ToList();
        // "rekap minggu ini", "rekap bulan lalu": a period the /rekap rule reads itself.
        var period = words.Where((_, i) => !(Recap.Contains(lower[i]) || Report.Contains(lower[i]) || Sales.Contains(lower[i]) || Polite(lower[i]) || Requests.Wrapping.Contains(lower[i]))).ToList();
        if (period.Count > 0 && period.Any(w => w.Lower is "minggu" or "bulan" or "pekan") && IsDate(period)) return new Reading.Slash("rekap", period, Attempt: false);
        if (lower.Any(Yesterday.Contains)) return date.Count == 0 ? new Reading.Slash("rekap", [new Token("kemarin", false)], Attempt: false) : null;
        // Other words must make a date ("20 nov"); otherwise the message is about something else.
        return date.Count == 0 || IsDate(date) ? new Reading.Slash("rekap", date, Attempt: false) : null;
    }
}
