namespace KKMP.Bot.Commands.Guessing;

/// <summary>What a guessed entry says happened; <see cref="Price"/> is a new selling price.</summary>
internal enum GuessVerb { Sale, Receipt, Count, Price }

/// <summary>How the message marks its money: per unit ("@", "a"), for the whole quantity ("total", "jadi", "="), or not at all.</summary>
internal enum MoneyMark { None, Unit, Total }

/// <summary>
/// The words the guess reads beyond the grammar's own vocabulary (<see cref="Parsing.Everyday.EverydayWords"/>, which
/// it uses first): who bought, where goods came from, the words of a price change and of an empty shelf, and the
/// words after which it never guesses (a question, a debt, a loss, a change of mind).
/// </summary>
internal static class GuessWords
{
    /// <summary>A person before "beli"/"tuku" makes it a customer buying: "ada ibu2 dari rt 3 beli beras 5 kg".</summary>
    public static readonly HashSet<string> People =
    [
        // the grammar's "someone" words (yg, orang, sing, nu, halak, ureueng …), then who else stands at the counter
        .. Parsing.Everyday.EverydayWords.Someone, .. Parsing.FormsOfAddress.Addressed,
        "ada", "ibu", "ibu2", "bapak", "warga", "pembeli",
        "pelanggan", "langganan", "tetangga", "dia", "kades", "rt", "rw", "teh", "aye",
        "ado", "aya", "customer", "konsumen",
        // Ambon/Manado tanta (mama is a form of address), and the elders
        "tanta", "ibuk", "emak", "mak", "nenek", "kakek", "mbah", "simbah", "tiyang", "tiyange",
        "neng", "anak",
        // the shop next door buying ("warung sebelah beli …"), and Sundanese/Betawi forms of address: ceu, bi, mang, aa, uwa, haji
        // Banjar julak (elder)
        "julak", "nak", "adik", "adek", "bapak2", "bpk", "ibu-ibu", "bapak-bapak", "dorang", "mereka", "beliau",
        // who brings goods: the driver, the courier; who buys a lot: a vendor ("tukang gorengan")
        "sopir", "supir", "kurir", "tukang",
        // Malay and Palembang budak (children), Sundanese jalma (a person), the personal article "si" ("dibeli si Ucok")
        "budak", "budak-budak", "budak2", "jalma", "si",
        "warung", "toko", "kios", "sebelah", "ceu", "euceu", "bi", "bibi", "mang", "aa", "uwa", "haji", "hajah", "engkong", "encang", "encing",
    ];

    /// <summary>
    /// "beli"/"tuku"/"meser": either side of the counter until a person or a source says which. Only the words that
    /// also mean something else live here (the sure ones are <see cref="Parsing.Everyday.EverydayWords.Buy"/>):
    /// Minang "bali"/"mambali" (Bali the island), Banjar "tukar"/"manukar" (Indonesian "exchange"). Not "bli" (chat for beli): as the Balinese "elder brother"
    /// it is a form of address (<see cref="Parsing.Everyday.EverydayWords.Fillers"/>).
    /// </summary>
    public static readonly HashSet<string> Buy =
        ["meser", "mundhut", "mendhet", "ngambil", "ambil", "diambil", "ambe", "nukar", "bali", "mamali", "mambali", "dibali", "tukar", "manukar", "ditukar", "borong", "diborong", "ngeborong"];

    /// <summary>"ada pembeli telur setengah kilo": a buyer named with goods and no verb is a sale.</summary>
    public static readonly HashSet<string> Buyers = ["pembeli", "pembelinya", "pelanggan", "konsumen", "customer"];

    /// <summary>"dari"/"dr"/"ti" before a source: goods coming in ("ke" only after a buy word: "beli … ke bulog", not "otw ke gudang").</summary>
    public static readonly HashSet<string> From = ["dari", "dr", "ti", "ka", "drpd"];

    public static readonly HashSet<string> Sources =
    [
        // the grammar's suppliers (agen, distributor, grosir …), then the other places goods come from
        .. Parsing.Everyday.EverydayWords.Suppliers, "bulog", "peternak", "petani",
        "toko", "pasar", "kota", "pusat", "gapoktan", "pengepul", "juragan", "tengkulak", "mobil", "truk",
        // Javanese peken, Minang pasa/kadai, the eastern islands' boat, and depots
        "peken", "pasa", "kadai", "kapal", "pelabuhan", "pangkalan", "depot", "kios", "warung", "kebun", "sawah", "ternak",
    ];

    /// <summary>Verbs the grammar leaves to chat, read here only together with one item and one amount.</summary>
    public static readonly Dictionary<string, GuessVerb> Verbs = new()
    {
        ["kebeli"] = GuessVerb.Sale, ["terbeli"] = GuessVerb.Sale, ["drop"] = GuessVerb.Receipt,
        ["nurunin"] = GuessVerb.Receipt, ["diturunin"] = GuessVerb.Receipt, ["belanja"] = GuessVerb.Receipt, ["tiba"] = GuessVerb.Receipt,
        ["nyampe"] = GuessVerb.Receipt, ["sampe"] = GuessVerb.Receipt, ["sampai"] = GuessVerb.Receipt, ["diantar"] = GuessVerb.Receipt,
        ["dianter"] = GuessVerb.Receipt, ["dikirim"] = GuessVerb.Receipt, ["ngirim"] = GuessVerb.Receipt,
        ["hitung"] = GuessVerb.Count, ["ngitung"] = GuessVerb.Count, ["menghitung"] = GuessVerb.Count, ["penghitungan"] = GuessVerb.Count,
        // words that mean something else too: "lk" (laku, or laki-laki), "diterima" (received, or an accepted proposal),
        // Balinese "adep"/"ngadep" (sell; Javanese "facing"), Bugis "tama" (in; a name), Javanese "tekan" (arrived; Indonesian "press"), "itungan" (a count, or a calculation)
        ["lk"] = GuessVerb.Sale, ["jl"] = GuessVerb.Sale, ["diterima"] = GuessVerb.Receipt, ["nerima"] = GuessVerb.Receipt, ["adep"] = GuessVerb.Sale,
        ["ngadep"] = GuessVerb.Sale, ["tama"] = GuessVerb.Receipt, ["tekan"] = GuessVerb.Receipt, ["itungan"] = GuessVerb.Count,
        ["hitungan"] = GuessVerb.Count, ["sale"] = GuessVerb.Sale,
        // "ops" (opname typed short; also "oops")
        ["ops"] = GuessVerb.Count,
        // Minang "jua" (sold; Malay "also"), Osing and Javanese "dodol" (sell; also a sweet)
        ["jua"] = GuessVerb.Sale, ["dodol"] = GuessVerb.Sale,
        // Javanese "kari" (left over; also curry), "nganter"/"nganterin" (a supplier bringing goods)
        ["kari"] = GuessVerb.Count, ["kare"] = GuessVerb.Count, // Madurese kare' (left)
        // "terima" (received; not in "terima kasih", see the reading), "laki" (laku after autocorrect; also a man)
        ["terima"] = GuessVerb.Receipt, ["laki"] = GuessVerb.Sale, ["nganter"] = GuessVerb.Receipt, ["nganterin"] = GuessVerb.Receipt, ["ngantar"] = GuessVerb.Receipt,
        // a supplier's note or invoice: goods that came in
        ["nota"] = GuessVerb.Receipt, ["faktur"] = GuessVerb.Receipt,
        // delivered to the shop: "antar"/"anter", Malay "hantar"; delivered on to someone ("antar … ke rumah bu Ani") is no receipt, see the reading
        ["antar"] = GuessVerb.Receipt, ["anter"] = GuessVerb.Receipt, ["hantar"] = GuessVerb.Receipt, ["dihantar"] = GuessVerb.Receipt,
        // goods gone out of the shop: "su keluar" (Papuan), "keluar mi" (Makassar); "kas keluar" is the books' and never reaches the guess
        ["keluar"] = GuessVerb.Sale, ["kluar"] = GuessVerb.Sale,
    };

    /// <summary>Words of goods being brought: to the shop, unless "ke"/"ka" names where they went on to.</summary>
    public static readonly HashSet<string> Deliveries =
        ["antar", "anter", "hantar", "dihantar", "diantar", "dianter", "nganter", "nganterin", "ngantar", "dikirim", "ngirim"];

    /// <summary>Two words read as one verb before single words: "ke jual", "tambah stok", "stok skrg".</summary>
    public static readonly Dictionary<(string, string), GuessVerb> Pairs = new()
    {
        [("ke", "jual")] = GuessVerb.Sale, [("barang", "dtg")] = GuessVerb.Receipt, [("barang", "dateng")] = GuessVerb.Receipt,
        [("ada", "kiriman")] = GuessVerb.Receipt, [("stok", "skrg")] = GuessVerb.Count, [("stok", "sekarang")] = GuessVerb.Count,
        [("harga", "jual")] = GuessVerb.Price, [("hrg", "jual")] = GuessVerb.Price,
        [("cek", "gudang")] = GuessVerb.Count, [("cek", "rak")] = GuessVerb.Count,
        // bought for the cooperative ("… untuak koperasi", "gasan koperasi"): the shop's own purchase
        [("untuk", "koperasi")] = GuessVerb.Receipt, [("utk", "koperasi")] = GuessVerb.Receipt, [("buat", "koperasi")] = GuessVerb.Receipt,
        [("gasan", "koperasi")] = GuessVerb.Receipt, [("untuak", "koperasi")] = GuessVerb.Receipt,
    };

    /// <summary>Words of a new selling price: "ubah harga", "mulai hari ini … 16.500", "diganti hrgnya".</summary>
    public static readonly HashSet<string> PriceWords =
    [
        "harga", "hrg", "hrga", "harganya", "hrgnya", "ganti", "ubah", "diganti", "diubah", "naik", "turun", "naikkan", "turunkan",
        "naikin", "turunin", "dinaikkan", "diturunkan", "mulai", "price", "jadi", "jd", "harago", "hargo", "rego", "regane", "regine", "pangaos", "dhaddhi", "ongga", "ditetapkan", "menjadi", "jadikan", "dijadikan", "disesuaikan",
    ];

    /// <summary>An empty shelf: a count of zero ("telur udh abis"); Javanese krama telas, Sundanese beak, Minang abih.</summary>
    public static readonly HashSet<string> NoneLeft = ["abis", "habis", "kosong", "ludes", "entek", "seep", "telas", "beak", "abih", "habih", "abeh"];

    /// <summary>Money words that make the amount the total of the whole quantity.</summary>
    public static readonly HashSet<string> TotalWords =
        ["total", "ttl", "totalnya", "semua", "semuanya", "seluruhnya", "jadi", "jd", "=", "bayar", "dibayar", "bayarnya", "sejumlah", "senilai", "sadayana", "kabeh", "sedanten", "sadonyo"];

    /// <summary>How it was paid ("bayarnya pas", "kontan"): never part of an item's name.</summary>
    public static readonly HashSet<string> Payment = ["pas", "lunas", "kontan", "cash", "tunai", "tf", "transfer", "qris", "kembalian", "uangnya", "duitnya"];

    /// <summary>Money words that make the amount a price per unit.</summary>
    public static readonly HashSet<string> UnitWords = ["@", "a", "à", "per", "/", "x", "×"];

    /// <summary>
    /// After these the guess stays out: a question, goods on credit or lost, an order, a change of mind, a correction.
    /// The grammar's own question (or the assistant) answers those.
    /// </summary>
    private static readonly HashSet<string> Stops =
    [
        "berapa", "brp", "brapa", "brpa", "gimana", "gmn", "bagaimana", "kenapa", "knp", "mengapa", "apa", "apakah", "kapan", "boleh",
        "bisakah", "sabaraha", "piro", "pira", "kah", "pinten", "bara", "barapo", "barapa", "berapo", "berape", "padum", "sadia",
        "berempa", "brempa", "brpa",
        .. Parsing.Everyday.EverydayWords.Losses, "retur", "dikembalikan", "balikin",
        "pesen", "mesen", "order", "titip", "nitip",
        "batal", "batalin", "batalkan", "gajadi",
        "kalau", "kalo", "klo", "misal", "misalnya", "rencana", "akan", "besok",
    ];

    public static bool Refuses(string lower) => Stops.Contains(lower);

    /// <summary>"pesan beras 5 kg": an order, not an entry; "bersama pesan ini" (this message) is not.</summary>
    public static bool IsOrder(string lower, string next) => lower == "pesan" && next is not ("ini" or "saya" or "sy");

    /// <summary>Words that say a later amount replaces an earlier one: "eh bukan 3 tapi 2 kilo", "jadi totalnya 1,5 kg".</summary>
    public static readonly HashSet<string> Corrections =
    [
        "eh", "maksud", "maksudnya", "ding", "bener", "benar", "ralat", "salah", "koreksi", "harusnya", "seharusnya", "bukan",
        "totalnya", "akhirnya", "ternyata", "jadinya", "betul",
    ];

    /// <summary>A clause with one of these (after its amount, or without one) is about what did not happen.</summary>
    public static readonly HashSet<string> Denials =
        ["gak", "ga", "nggak", "ngga", "enggak", "tidak", "tdk", "ndak", "ora", "belum", "blm", "blum", "bukan", "nanya", "tanya", "ditanya", "mboten", "boten",
         // "not" in the east: Manado nyanda, Ternate tara, Papua tra, Ambon seng, Kupang sonde
         "nyanda", "nyandak", "tara", "tra", "seng", "sonde"];

    /// <summary>"blm dibayar": not paid yet, which is about the money, not a denial of the entry.</summary>
    public static readonly HashSet<string> Paid = ["dibayar", "bayar", "lunas", "dilunasin", "dibayarin"];
}
